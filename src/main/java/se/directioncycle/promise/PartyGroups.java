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

  static List<Organisation.Party> parties(Municipality municipality, String group) {
    return Arrays.stream(Organisation.Party.values()).filter(p -> group(municipality, p).equals(group)).toList();
  }
}
