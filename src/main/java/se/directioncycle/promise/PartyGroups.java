package se.directioncycle.promise;

import java.util.Arrays;
import java.util.List;
import se.directioncycle.council.Municipality;
import se.directioncycle.council.Organisation;
import se.directioncycle.council.Role;

/**
 * Who answers for a party's commitments at the yearly follow-up: the community police for the police, the
 * coordinator for the municipality and for partner organisations (they report through the coordinator).
 */
final class PartyGroups {

  private PartyGroups() {}

  static String group(Municipality municipality, Organisation.Party party) {
    return party == Organisation.Party.POLICE
        ? municipality.group(Organisation.POLICE) : municipality.group(Role.COORDINATOR);
  }

  /** The group that judges a qualitative commitment: its lead party's. */
  static String judgeGroup(Municipality municipality, PromiseCommitment commitment) {
    return group(municipality, commitment.getLeadParty());
  }

  /** The party a group's comment is filed under: the police, or the municipality (with the partners it reports for). */
  static Organisation.Party answeringFor(Municipality municipality, String group) {
    return group.equals(municipality.group(Organisation.POLICE)) ? Organisation.Party.POLICE
        : Organisation.Party.MUNICIPALITY;
  }

  static List<Organisation.Party> parties(Municipality municipality, String group) {
    return Arrays.stream(Organisation.Party.values()).filter(p -> group(municipality, p).equals(group)).toList();
  }
}
