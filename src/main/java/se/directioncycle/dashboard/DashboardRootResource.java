package se.directioncycle.dashboard;

import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import org.camunda.bpm.cockpit.plugin.resource.AbstractCockpitPluginRootResource;

@Path("plugin/" + CoordinatorDashboardPlugin.ID)
public class DashboardRootResource extends AbstractCockpitPluginRootResource {

  public DashboardRootResource() {
    super(CoordinatorDashboardPlugin.ID);
  }

  @Path("{engineName}")
  public DashboardResource dashboard(@PathParam("engineName") String engineName) {
    return subResource(new DashboardResource(engineName), engineName);
  }
}
