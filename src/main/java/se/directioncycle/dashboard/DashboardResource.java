package se.directioncycle.dashboard;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.camunda.bpm.cockpit.plugin.resource.AbstractCockpitPluginResource;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.rest.exception.InvalidRequestException;
import se.directioncycle.compliance.ComplianceReport;
import se.directioncycle.compliance.ComplianceService;
import se.directioncycle.council.Municipality;
import se.directioncycle.council.MunicipalityRegistry;
import se.directioncycle.engine.CurrentUser;
import se.directioncycle.engine.EngineClock;

/**
 * The open cycles, annual assessments and promise periods of the logged-in coordinator's municipalities (every
 * municipality for an administrator), their history by year, and their compliance with SFS 2023:196 (also as PDF).
 * Engine calls run as that person, so Cockpit's authorizations and tenant checks apply here too; which
 * municipalities a person sees comes from their tenants, never from the request.
 */
public class DashboardResource extends AbstractCockpitPluginResource {

  public DashboardResource(String engineName) {
    super(engineName);
  }

  @GET
  @Path("cycles")
  @Produces(MediaType.APPLICATION_JSON)
  public List<CycleDashboard.CycleStatusView> openCycles() {
    return SpringBeans.get(CycleDashboard.class).openCycles(visibleMunicipalities());
  }

  @GET
  @Path("annual-assessments")
  @Produces(MediaType.APPLICATION_JSON)
  public List<CycleDashboard.AnnualAssessmentView> openAnnualAssessments() {
    return SpringBeans.get(CycleDashboard.class).openAnnualAssessments(visibleMunicipalities());
  }

  @GET
  @Path("promise-periods")
  @Produces(MediaType.APPLICATION_JSON)
  public List<CycleDashboard.PromisePeriodView> openPromisePeriods() {
    return SpringBeans.get(CycleDashboard.class).openPromisePeriods(visibleMunicipalities());
  }

  /**
   * The map: each municipality whose areas have a place on it, its areas as GeoJSON with the observations of the
   * latest compiled situation report per area ("<5" under five).
   */
  @GET
  @Path("area-maps")
  @Produces(MediaType.APPLICATION_JSON)
  public List<AreaMapData.MunicipalityMap> areaMaps() {
    return SpringBeans.get(AreaMapData.class).of(visibleMunicipalities());
  }

  /** Closed cycles, decisions, annual assessments, promise periods and agreements of a year (default: this year). */
  @GET
  @Path("history")
  @Produces(MediaType.APPLICATION_JSON)
  public List<CycleHistory.HistoryView> history(@QueryParam("year") String year) {
    return SpringBeans.get(CycleHistory.class).ofYear(visibleMunicipalities(), year(year));
  }

  /** Each municipality's obligations under SFS 2023:196 for a year (default: this year), with their evidence. */
  @GET
  @Path("compliance")
  @Produces(MediaType.APPLICATION_JSON)
  public List<ComplianceReport> compliance(@QueryParam("year") String year) {
    return SpringBeans.get(ComplianceService.class).reports(visibleMunicipalities(), year(year));
  }

  /** One municipality's compliance report as PDF, for the county administrative board (länsstyrelsen). */
  @GET
  @Path("compliance-report")
  // JSON too, for the Swedish error body; a found report is always the PDF
  @Produces({"application/pdf", MediaType.APPLICATION_JSON})
  public Response complianceReport(@QueryParam("municipality") String municipality, @QueryParam("year") String year) {
    List<String> visible = visibleMunicipalities();
    String chosen;
    if (municipality == null || municipality.isBlank()) {
      if (visible.size() != 1) {
        throw new InvalidRequestException(Response.Status.BAD_REQUEST, "Välj kommun (municipality).");
      }
      chosen = visible.get(0);
    } else if (visible.contains(municipality)) {
      chosen = municipality;
    } else {
      throw new InvalidRequestException(Response.Status.NOT_FOUND,
          "Kommunen finns inte, eller så hör den inte till dina kommuner.");
    }
    ComplianceService compliance = SpringBeans.get(ComplianceService.class);
    ComplianceReport report = compliance.report(chosen, year(year));
    return Response.ok(compliance.pdf(report), "application/pdf")
        .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + ComplianceService.fileName(report) + "\"")
        .build();
  }

  /** A four-digit year from the query; none means this year (engine clock). */
  private static int year(String year) {
    if (year == null || year.isBlank()) {
      return EngineClock.today().getYear();
    }
    if (!year.strip().matches("(19|20|21)\\d\\d")) {
      throw new InvalidRequestException(Response.Status.BAD_REQUEST, "«År» ska vara ett årtal med fyra siffror, t.ex. 2027.");
    }
    return Integer.parseInt(year.strip());
  }

  private List<String> visibleMunicipalities() {
    Authentication user = getCurrentAuthentication();
    return user != null && isCamundaAdmin(user)
        ? SpringBeans.get(MunicipalityRegistry.class).all().stream().map(Municipality::id).sorted().toList()
        : CurrentUser.tenants(user);
  }
}
