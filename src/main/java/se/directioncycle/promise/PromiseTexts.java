package se.directioncycle.promise;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import se.directioncycle.council.Organisation;

/** The promises and their progress as Markdown for the forms (review, signatures, follow-up, feedback). */
@Component
class PromiseTexts {

  private final PromisePeriodService periods;

  PromiseTexts(PromisePeriodService periods) {
    this.periods = periods;
  }

  /** Themes, goals and commitments as the signatories will sign them. */
  @Transactional(readOnly = true)
  public String promises(long periodId) {
    PromisePeriod period = periods.get(periodId);
    Map<Long, List<PromiseCommitment>> byTheme = periods.commitments(periodId).stream()
        .collect(Collectors.groupingBy(PromiseCommitment::getThemeId));
    StringBuilder text = new StringBuilder("### Medborgarlöften ").append(period.label()).append("\n\n");
    for (PromiseTheme theme : periods.themes(periodId)) {
      text.append("#### Tema ").append(theme.getPosition()).append(": ").append(theme.getTitle()).append("\n\n")
          .append("Målsättning: ").append(theme.getGoal()).append("\n\n");
      for (PromiseCommitment c : byTheme.getOrDefault(theme.getId(), List.of())) {
        text.append("- ").append(c.getParty().swedish()).append(" lovar: ").append(c.getDescription())
            .append(" – mål ").append(c.getYearlyTarget()).append(" ").append(c.getUnit()).append(" per år (indikator: ")
            .append(c.getIndicator()).append(")\n");
      }
      text.append("\n");
    }
    return text.toString();
  }

  /** Each commitment of the given parties with its target and the year's counted progress. */
  @Transactional(readOnly = true)
  public String progress(long periodId, int year, List<Organisation.Party> parties) {
    List<PromiseCommitment> commitments = periods.commitments(periodId).stream()
        .filter(c -> parties.contains(c.getParty())).toList();
    Map<Long, CommitmentFollowUp> followUps = periods.followUps(commitments.stream().map(PromiseCommitment::getId)
        .toList()).stream().filter(f -> f.getYear() == year)
        .collect(Collectors.toMap(CommitmentFollowUp::getCommitmentId, Function.identity()));
    StringBuilder text = new StringBuilder("#### Uppföljning ").append(year).append("\n\n");
    for (PromiseCommitment c : commitments) {
      CommitmentFollowUp f = followUps.get(c.getId());
      text.append("- ").append(c.getParty().swedish()).append(": ").append(c.getDescription()).append(" – ")
          .append(f == null ? 0 : f.getProgress()).append(" av ").append(c.getYearlyTarget()).append(" ")
          .append(c.getUnit()).append(" (").append(f == null ? 0 : f.getLinkedInterventions())
          .append(" kopplade insatser)\n");
    }
    return text.toString();
  }
}
