package se.directioncycle.document;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import se.directioncycle.annual.AnnualAssessment;
import se.directioncycle.annual.AnnualAssessmentService;
import se.directioncycle.cycle.Cycle;
import se.directioncycle.cycle.CycleService;
import se.directioncycle.engine.CurrentUser;
import se.directioncycle.situationreport.SituationReport;
import se.directioncycle.situationreport.SituationReports;
import se.directioncycle.web.ErrorResponses;

/**
 * The charts as PNG images for pages (Tasklist forms, the Cockpit dashboard), behind the webapp session as the
 * document links are: `/documents/situation-report:<report id>/charts/{indicators,categories,problems}.png` for a
 * compiled situation report (before it is approved too, so the chair sees them while reviewing) and
 * `/documents/annual-assessment:<assessment id>/charts/survey.png`. Only the caller's own municipality's; anything
 * else is the same 404 with a Swedish message. Drawn from aggregates on every request (no personal data) and cached
 * by the browser only.
 */
@RestController
class DocumentChartController {

  /** The chart names a page may ask for, per kind of source. */
  static final List<String> SITUATION_REPORT_CHARTS = List.of("indicators.png", "categories.png", "problems.png");
  static final List<String> ANNUAL_ASSESSMENT_CHARTS = List.of("survey.png");

  private static final Pattern SITUATION_REPORT = Pattern.compile("situation-report:(\\d{1,18})");
  private static final Pattern ANNUAL_ASSESSMENT = Pattern.compile("annual-assessment:(\\d{1,18})");
  private static final CacheControl PRIVATE = CacheControl.maxAge(Duration.ofMinutes(10)).cachePrivate();

  private final SituationReports reports;
  private final CycleService cycles;
  private final AnnualAssessmentService assessments;
  private final DocumentCharts charts;
  private final IdentityService identityService;

  DocumentChartController(SituationReports reports, CycleService cycles, AnnualAssessmentService assessments,
      DocumentCharts charts, IdentityService identityService) {
    this.reports = reports;
    this.cycles = cycles;
    this.assessments = assessments;
    this.charts = charts;
    this.identityService = identityService;
  }

  /** Everything under `…/charts` comes here, so a missing or nested name gets the same Swedish answer as a wrong one. */
  @GetMapping("/documents/{sourceKey}/charts/{*path}")
  ResponseEntity<?> chart(@PathVariable String sourceKey, @PathVariable String path) {
    String chart = path.startsWith("/") ? path.substring(1) : path;
    List<String> tenants = CurrentUser.tenants(CurrentUser.authenticated(identityService));
    Matcher situation = SITUATION_REPORT.matcher(sourceKey);
    if (situation.matches()) {
      if (!SITUATION_REPORT_CHARTS.contains(chart)) {
        return unknownChart(SITUATION_REPORT_CHARTS);
      }
      Optional<SituationReport> report = reports.find(Long.parseLong(situation.group(1)));
      Optional<Cycle> cycle = report.map(r -> cycles.get(r.getCycleId())).filter(c -> tenants.contains(c.getMunicipality()));
      if (cycle.isEmpty()) {
        return notFound("Lägesbilden finns inte, eller så får du inte se den.");
      }
      DocumentCharts.Chart drawn = switch (chart) {
        case "indicators.png" -> charts.indicators(cycle.get(), report.get());
        case "categories.png" -> charts.categories(cycle.get(), report.get());
        default -> charts.problems(cycle.get(), report.get());
      };
      return png(drawn);
    }
    Matcher annual = ANNUAL_ASSESSMENT.matcher(sourceKey);
    if (annual.matches()) {
      if (!ANNUAL_ASSESSMENT_CHARTS.contains(chart)) {
        return unknownChart(ANNUAL_ASSESSMENT_CHARTS);
      }
      Optional<AnnualAssessment> assessment = assessments.find(Long.parseLong(annual.group(1)))
          .filter(a -> tenants.contains(a.getMunicipality()));
      if (assessment.isEmpty()) {
        return notFound("Den årliga bedömningen finns inte, eller så får du inte se den.");
      }
      return png(charts.survey(assessment.get()));
    }
    return notFound("Det finns inga diagram för den adressen. Diagram finns för en lägesbild "
        + "(/documents/situation-report:<id>/charts/...) och en årlig bedömning (/documents/annual-assessment:<id>/charts/...).");
  }

  private static ResponseEntity<byte[]> png(DocumentCharts.Chart chart) {
    return ResponseEntity.ok().contentType(MediaType.IMAGE_PNG).cacheControl(PRIVATE).body(chart.png());
  }

  private static ResponseEntity<?> unknownChart(List<String> names) {
    return notFound("Det finns inget diagram med det namnet. Välj " + String.join(", ", names) + ".");
  }

  private static ResponseEntity<?> notFound(String message) {
    // another municipality's report is "not found", not "forbidden": its existence is not revealed
    return ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(MediaType.APPLICATION_JSON)
        .body(ErrorResponses.body("NotFound", message));
  }
}
