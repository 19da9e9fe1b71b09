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
    StringBuilder text = new StringBuilder("### Medborgarlöften ").append(period.label()).append(" (")
        .append(period.getFirstMonth()).append(" – ").append(period.getLastMonth()).append(")\n\n");
    for (PromiseTheme theme : periods.themes(periodId)) {
      text.append("#### Tema ").append(theme.getPosition()).append(": ").append(theme.getTitle()).append("\n\n")
          .append("Målsättning: ").append(theme.getGoal()).append("\n\n");
      for (PromiseCommitment c : byTheme.getOrDefault(theme.getId(), List.of())) {
        text.append("- ").append(c.partyNames()).append(" lovar: ").append(c.getDescription());
        if (c.isQualitative()) {
          text.append(" – kvalitativt åtagande, bedöms varje år som genomfört, delvis eller inte genomfört\n");
        } else {
          text.append(" – ").append(c.targetText()).append(" (indikator: ").append(c.getIndicator());
          if (c.getBaseline() != null) {
            text.append("; utgångsläge: ").append(c.getBaseline());
          }
          text.append(")\n");
        }
      }
      text.append("\n");
    }
    return text.toString();
  }

  /**
   * Each commitment one of the given parties shares, with the year's result: counted progress against the target
   * for a quantitative one, the judgement and its narrative for a qualitative one.
   */
  @Transactional(readOnly = true)
  public String progress(long periodId, int year, List<Organisation.Party> parties) {
    List<PromiseCommitment> commitments = periods.commitments(periodId).stream()
        .filter(c -> CommitmentParty.anyOf(c.getParties(), parties)).toList();
    Map<Long, CommitmentFollowUp> followUps = periods.followUps(commitments.stream().map(PromiseCommitment::getId)
        .toList()).stream().filter(f -> f.getYear() == year)
        .collect(Collectors.toMap(CommitmentFollowUp::getCommitmentId, Function.identity()));
    StringBuilder text = new StringBuilder("#### Uppföljning ").append(year).append("\n\n");
    for (PromiseCommitment c : commitments) {
      CommitmentFollowUp f = followUps.get(c.getId());
      text.append("- ").append(c.partyNames()).append(": ").append(c.getDescription()).append(" – ");
      if (c.isQualitative()) {
        text.append(f == null || f.getOutcome() == null ? "inte bedömt"
            : f.getOutcome().swedish().toLowerCase(java.util.Locale.ROOT) + ": " + f.getNarrative());
      } else {
        text.append(f == null ? 0 : f.getProgress()).append(" av ").append(c.getYearlyTarget()).append(" ")
            .append(c.getUnit());
      }
      text.append(" (").append(f == null ? 0 : f.getLinkedInterventions()).append(" kopplade insatser)\n");
    }
    return text.toString();
  }

  /** The commitment a judgement task is about: what was promised, by whom, and what is linked to it this year. */
  @Transactional(readOnly = true)
  public String commitmentToJudge(long commitmentId, int year) {
    PromiseCommitment c = periods.commitment(commitmentId);
    int linked = periods.followUps(List.of(commitmentId)).stream().filter(f -> f.getYear() == year)
        .mapToInt(CommitmentFollowUp::getLinkedInterventions).sum();
    return "#### " + c.partyNames() + " lovar: " + c.getDescription() + "\n\n"
        + "Uppföljning " + year + ". Kvartalsinsatser kopplade till åtagandet i år: " + linked + ".";
  }
}
