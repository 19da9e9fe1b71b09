package se.directioncycle.dashboard;

import java.util.Set;
import org.camunda.bpm.cockpit.plugin.spi.impl.AbstractCockpitPlugin;

/**
 * The coordinators' dashboard in Cockpit: registered through `META-INF/services`, its REST resource
 * under `/camunda/api/cockpit/plugin/direction-cycle/` and its script in `plugin-webapp/direction-cycle/`.
 */
public class CoordinatorDashboardPlugin extends AbstractCockpitPlugin {

  static final String ID = "direction-cycle";

  @Override
  public String getId() {
    return ID;
  }

  @Override
  public Set<Class<?>> getResourceClasses() {
    return Set.of(DashboardRootResource.class);
  }

  @Override
  public String getAssetDirectory() {
    return "plugin-webapp/" + ID;
  }
}
