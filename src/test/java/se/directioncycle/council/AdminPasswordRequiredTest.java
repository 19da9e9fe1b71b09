package se.directioncycle.council;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import se.directioncycle.DirectionCycleApplication;

/** Outside the demo profile there is no default password: the application refuses to start and says what to set. */
class AdminPasswordRequiredTest {

  @Test
  void refusesToStartWithoutAnAdministratorPassword() {
    SpringApplicationBuilder application = new SpringApplicationBuilder(DirectionCycleApplication.class)
        .web(WebApplicationType.NONE)
        .properties("spring.datasource.url=jdbc:h2:mem:no-admin-password;DB_CLOSE_DELAY=-1",
            "camunda.bpm.job-execution.enabled=false", "directioncycle.admin.password=");
    assertThatThrownBy(application::run)
        .rootCause()
        .hasMessageContaining("No administrator password configured")
        .hasMessageContaining("DIRECTIONCYCLE_ADMIN_PASSWORD");
  }
}
