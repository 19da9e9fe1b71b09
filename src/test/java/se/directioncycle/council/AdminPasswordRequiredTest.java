package se.directioncycle.council;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.ConfigDataApplicationContextInitializer;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/**
 * Outside the demo profile there is no default password: the application refuses to start and says what to set.
 * Only the configuration under test is started (application.yml without a profile, the council properties and
 * the {@link AdminCredentials} component that the application's component scan picks up), not the engine and
 * web server around it.
 */
class AdminPasswordRequiredTest {

  @Configuration(proxyBeanMethods = false)
  @EnableConfigurationProperties(CouncilProperties.class)
  @Import(AdminCredentials.class)
  static class AdminConfiguration {}

  private final ApplicationContextRunner application = new ApplicationContextRunner()
      .withInitializer(new ConfigDataApplicationContextInitializer()) // application.yml, as the application reads it
      .withUserConfiguration(AdminConfiguration.class);

  @Test
  void refusesToStartWithoutAnAdministratorPassword() {
    application.withPropertyValues("directioncycle.admin.password=").run(context -> {
      assertThat(context).hasFailed();
      assertThat(context.getStartupFailure())
          .rootCause()
          .hasMessageContaining("No administrator password configured")
          .hasMessageContaining("DIRECTIONCYCLE_ADMIN_PASSWORD");
    });
  }

  @Test
  void startsWithOne() {
    application.withPropertyValues("directioncycle.admin.password=Ett-langt#losenord-2027").run(context -> {
      assertThat(context).hasNotFailed();
      assertThat(context.getBean(AdminCredentials.class).username()).isEqualTo("admin");
    });
  }

  @Test
  void theCheckIsPartOfTheApplication() {
    assertThat(AdminCredentials.class).hasAnnotation(org.springframework.stereotype.Component.class);
    assertThat(AdminCredentials.class.getPackageName()).startsWith(se.directioncycle.DirectionCycleApplication.class
        .getPackageName());
  }
}
