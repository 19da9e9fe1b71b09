package se.directioncycle.council;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** Municipalities and the administrator, from configuration (`directioncycle.*`). */
@ConfigurationProperties("directioncycle")
public record CouncilProperties(
    @DefaultValue List<MunicipalityConfig> municipalities,
    @DefaultValue Admin admin,
    @DefaultValue Demo demo) {

  public record MunicipalityConfig(String id, String name, String policeArea,
      @DefaultValue("true") boolean quarterlyCycle, List<String> organisations, List<String> areas) {}

  public record Admin(@DefaultValue("admin") String username, String password) {}

  /**
   * Demo people are only created when the demo profile supplies their password; the demo profile also
   * opens the current quarter for a municipality without any cycle.
   */
  public record Demo(@DefaultValue("false") boolean seedUsers, String password,
      @DefaultValue("false") boolean openCurrentQuarter) {}
}
