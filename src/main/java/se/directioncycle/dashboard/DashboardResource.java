package se.directioncycle.dashboard;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.camunda.bpm.cockpit.plugin.resource.AbstractCockpitPluginResource;
import org.camunda.bpm.engine.impl.identity.Authentication;
import se.directioncycle.council.Municipality;
import se.directioncycle.council.MunicipalityRegistry;

/**
 * The open cycles of the logged-in coordinator's municipality (every municipality for an administrator).
 * Engine calls run as that person, so Cockpit's authorizations and tenant checks apply here too.
 */
public class DashboardResource extends AbstractCockpitPluginResource {

  public DashboardResource(String engineName) {
    super(engineName);
  }

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  public List<CycleDashboard.CycleStatusView> openCycles() {
    Authentication user = getCurrentAuthentication();
    List<String> municipalities = user != null && isCamundaAdmin(user)
        ? SpringBeans.get(MunicipalityRegistry.class).all().stream().map(Municipality::id).toList()
        : user == null || user.getTenantIds() == null ? List.of() : user.getTenantIds();
    return SpringBeans.get(CycleDashboard.class).openCycles(municipalities);
  }
}
