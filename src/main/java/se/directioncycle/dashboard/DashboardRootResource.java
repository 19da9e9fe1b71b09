package se.directioncycle.dashboard;

import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import org.camunda.bpm.cockpit.plugin.resource.AbstractCockpitPluginRootResource;

@Path("plugin/" + CoordinatorDashboardPlugin.ID)
public class DashboardRootResource extends AbstractCockpitPluginRootResource {

  public DashboardRootResource() {
    super(CoordinatorDashboardPlugin.ID);
    // Camunda serves a plugin's app/plugin.js and app/plugin.css only; the map's module and style sheet besides
    allowedAssets.add("app/map.js");
    allowedAssets.add("app/map.css");
  }

  @Path("{engineName}")
  public DashboardResource dashboard(@PathParam("engineName") String engineName) {
    return subResource(new DashboardResource(engineName), engineName);
  }
}
