package se.directioncycle.annual;

import se.directioncycle.category.ProblemCategories;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import se.directioncycle.agreement.CooperationAgreements;
import se.directioncycle.council.Municipality;
import se.directioncycle.cycle.Quarter;
import se.directioncycle.privacy.SmallCounts;
import se.directioncycle.situationreport.IndicatorCatalogue;
import se.directioncycle.situationreport.IndicatorTotal;
import se.directioncycle.situationreport.RankedProblem;
import se.directioncycle.situationreport.SituationReport;
import se.directioncycle.situationreport.SituationReports;
import se.directioncycle.survey.SafetySurvey;
import se.directioncycle.survey.SafetySurveyParser;
import se.directioncycle.survey.SafetySurveyRow;
import se.directioncycle.survey.SafetySurveys;
import se.directioncycle.survey.SurveyQuestion;
import se.directioncycle.input.TextVariable;

/**
 * Compiles the picture of a municipality's year from its quarterly situation reports (indicator totals
 * summed over the year, problems by observations over the year) and its safety survey (the share per
 * question for the whole municipality). Counts under {@link SmallCounts#THRESHOLD} are shown as "<5" and
 * survey areas with fewer than 5 respondents are left out. It ends with the cooperation agreement in force at the
 * end of the year, if any, and whether it is due for renewal.
 */
@Component
public class AnnualPictureCompiler {

  private static final int TOP_PROBLEMS = 5;

  private final SituationReports reports;
  private final SafetySurveys surveys;
  private final CooperationAgreements agreements;
  private final ProblemCategories categories;

  AnnualPictureCompiler(SituationReports reports, SafetySurveys surveys, CooperationAgreements agreements,
      ProblemCategories categories) {
    this.categories = categories;
    this.reports = reports;
    this.surveys = surveys;
    this.agreements = agreements;
  }

  @Transactional(readOnly = true)
  public AnnualPicture compile(Municipality municipality, int year) {
    List<SituationReport> quarterReports = new ArrayList<>();
    List<Integer> missingQuarters = new ArrayList<>();
    for (int quarter = 1; quarter <= 4; quarter++) {
      Optional<SituationReport> report = reports.ofQuarter(municipality.id(), new Quarter(year, quarter));
      if (report.isPresent()) {
        quarterReports.add(report.get());
      } else {
        missingQuarters.add(quarter);
      }
    }
    Optional<SafetySurvey> survey = surveys.find(municipality.id(), year);

    StringBuilder text = new StringBuilder();
    text.append("### Årets lägesbild ").append(year).append(" – ").append(municipality.name()).append("\n\n");
    text.append("Underlag: ").append(quarterReports.size()).append(" av 4 kvartalslägesbilder");
    if (!missingQuarters.isEmpty()) {
      text.append(" (saknas för kvartal ").append(join(missingQuarters)).append(")");
    }
    text.append(survey.isPresent() ? " och trygghetsmätningen " + year + "." : "; ingen trygghetsmätning.").append("\n\n");

    text.append("#### Indikatorer, summa för året\n\n");
    Map<String, Long> totals = new TreeMap<>();
    for (SituationReport report : quarterReports) {
      for (IndicatorTotal total : report.getIndicatorTotals()) {
        totals.merge(total.getIndicatorCode(), total.getTotal(), Long::sum);
      }
    }
    if (totals.isEmpty()) {
      text.append("Inga indikatorvärden för året.\n");
    }
    totals.forEach((code, total) -> text.append("- ")
        .append(IndicatorCatalogue.find(code).map(IndicatorCatalogue.Indicator::label).orElse(code))
        .append(": ").append(SmallCounts.display(total)).append("\n"));

    text.append("\n#### Största problemen under året\n\n");
    Map<String, Integer> observations = new LinkedHashMap<>();
    for (SituationReport report : quarterReports) {
      for (RankedProblem problem : report.getRankedProblems()) {
        observations.merge(problem.getCategory(), problem.getObservationCount(), Integer::sum);
      }
    }
    List<Map.Entry<String, Integer>> top = observations.entrySet().stream()
        .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
        .limit(TOP_PROBLEMS).toList();
    if (top.isEmpty()) {
      text.append("Inga rapporterade problem under året.\n");
    }
    int rank = 1;
    ProblemCategories.Labels labels = categories.labels(municipality.id());
    for (Map.Entry<String, Integer> problem : top) {
      text.append(rank++).append(". ")
          .append(labels.of(problem.getKey()))
          .append(": ").append(SmallCounts.display(problem.getValue())).append(" observationer\n");
    }

    text.append("\n#### Trygghetsmätningen ").append(year).append("\n\n");
    survey.ifPresentOrElse(s -> appendSurvey(text, s), () -> text.append("Ingen trygghetsmätning är importerad.\n"));

    text.append("\n#### Samverkansöverenskommelse\n\n");
    LocalDate yearEnd = LocalDate.of(year, 12, 31);
    agreements.inForceOn(municipality.id(), yearEnd).ifPresentOrElse(agreement -> {
      text.append("Gäller vid årets slut: «").append(agreement.title()).append("», ").append(agreement.periodLabel())
          .append(".");
      if (agreement.renewalDue()) {
        text.append(" Den löper ut inom ").append(agreement.renewalLeadDays()).append(" dagar efter årets slut. ")
            .append(switch (agreement.status()) {
              case ACTIVE -> "Förnyelsen är inte avgjord.";
              case RENEWED -> "Den är förnyad.";
              case ENDED -> "Den förnyas inte.";
              case EXPIRED -> "Den har löpt ut utan beslut om förnyelse.";
            });
      }
      text.append("\n");
    }, () -> text.append("Saknas: ingen samverkansöverenskommelse i registret gäller vid årets slut (").append(yearEnd)
        .append(").\n"));
    return new AnnualPicture(survey.map(SafetySurvey::getId).orElse(null), quarterReports.size(), text.toString(),
        Map.copyOf(observations));
  }

  /** The share per question for the whole municipality; without such a row, the respondent-weighted mean of the areas. */
  private static void appendSurvey(StringBuilder text, SafetySurvey survey) {
    Map<SurveyQuestion, List<SafetySurveyRow>> byQuestion = new TreeMap<>(Comparator.comparing(Enum::ordinal));
    int suppressed = 0;
    for (SafetySurveyRow row : survey.getRows()) {
      if (row.isSuppressed()) {
        suppressed++;
      } else {
        byQuestion.computeIfAbsent(row.getQuestion(), q -> new ArrayList<>()).add(row);
      }
    }
    byQuestion.forEach((question, rows) -> {
      Optional<SafetySurveyRow> whole = rows.stream().filter(r -> SafetySurveyParser.WHOLE_MUNICIPALITY.equals(r.getArea())).findFirst();
      BigDecimal share;
      int respondents;
      if (whole.isPresent()) {
        share = whole.get().getSharePercent();
        respondents = whole.get().getRespondents();
      } else {
        respondents = rows.stream().mapToInt(SafetySurveyRow::getRespondents).sum();
        BigDecimal weighted = rows.stream()
            .map(r -> r.getSharePercent().multiply(BigDecimal.valueOf(r.getRespondents())))
            .reduce(BigDecimal.ZERO, BigDecimal::add);
        share = respondents == 0 ? BigDecimal.ZERO : weighted.divide(BigDecimal.valueOf(respondents), 1, RoundingMode.HALF_UP);
      }
      text.append("- ").append(question.label()).append(": ")
          .append(share.setScale(1, RoundingMode.HALF_UP).toPlainString().replace('.', ','))
          .append(" % (").append(SmallCounts.display(respondents)).append(" svar)\n");
    });
    if (byQuestion.isEmpty()) {
      text.append("Inga svar att visa.\n");
    }
    if (suppressed > 0) {
      text.append("\n").append(suppressed).append(" rader med färre än ").append(SmallCounts.THRESHOLD)
          .append(" svarande visas inte.\n");
    }
  }

  public static String variable(String summary) {
    return TextVariable.fit(summary, "hela sammanställningen finns i den årliga bedömningen");
  }

  private static String join(List<Integer> quarters) {
    return String.join(", ", quarters.stream().map(String::valueOf).toList());
  }
}
