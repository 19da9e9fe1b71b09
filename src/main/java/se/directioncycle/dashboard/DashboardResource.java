package se.directioncycle.dashboard;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.camunda.bpm.cockpit.plugin.resource.AbstractCockpitPluginResource;
import org.camunda.bpm.engine.impl.identity.Authentication;
import se.directioncycle.council.Municipality;
import se.directioncycle.council.MunicipalityRegistry;
import se.directioncycle.engine.CurrentUser;

/**
 * The open cycles, annual assessments and promise periods of the logged-in coordinator's municipality (every
 * municipality for an administrator).
 * Engine calls run as that person, so Cockpit's authorizations and tenant checks apply here too.
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

  private List<String> visibleMunicipalities() {
    Authentication user = getCurrentAuthentication();
    return user != null && isCamundaAdmin(user)
        ? SpringBeans.get(MunicipalityRegistry.class).all().stream().map(Municipality::id).toList()
        : CurrentUser.tenants(user);
  }
}
