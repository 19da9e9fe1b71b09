package se.directioncycle.promise;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import se.directioncycle.council.Organisation;

/**
 * The commitments a quarterly intervention can count towards: those of the municipality's promise in force in
 * the intervention's year. Used by the direction proposal (link an intervention to a commitment).
 */
@Component
public class CommitmentCatalogue {

  /**
   * A commitment as the proposal form offers it, with the parties that made it: an intervention may count towards
   * it only when the intervention's lead or a participant belongs to one of these parties.
   */
  public record Choice(long id, String label, Set<Organisation.Party> parties) {

    public Choice {
      parties = Set.copyOf(parties);
    }
  }

  private final PromisePeriodRepository periods;
  private final PromisePeriodService service;

  CommitmentCatalogue(PromisePeriodRepository periods, PromisePeriodService service) {
    this.periods = periods;
    this.service = service;
  }

  @Transactional(readOnly = true)
  public List<Choice> inForce(String municipality, int year) {
    List<Choice> choices = new ArrayList<>();
    for (PromisePeriod period : periods.findByMunicipalityAndStatusInOrderByStartYearDesc(municipality,
        List.of(PromisePeriodStatus.IN_FORCE))) {
      if (!period.covers(year)) {
        continue;
      }
      Map<Long, PromiseTheme> themes = service.themes(period.getId()).stream()
          .collect(Collectors.toMap(PromiseTheme::getId, Function.identity()));
      for (PromiseCommitment c : service.commitments(period.getId())) {
        choices.add(new Choice(c.getId(), "Medborgarlöfte " + period.label() + ", " + themes.get(c.getThemeId()).getTitle()
            + " – " + c.partyNames() + ": " + c.getDescription() + " (" + c.targetText() + ")", c.getPartyTypes()));
      }
    }
    return choices;
  }
}
