package se.directioncycle.council;

import org.springframework.stereotype.Component;

/**
 * The administrator's credentials. There is no default password: without one configured the
 * application refuses to start and says what to set.
 */
@Component
class AdminCredentials {

  private final String username;
  private final String password;

  AdminCredentials(CouncilProperties properties) {
    this.username = properties.admin().username();
    this.password = properties.admin().password();
    if (password == null || password.isBlank()) {
      throw new IllegalStateException("No administrator password configured. Set directioncycle.admin.password "
          + "(environment variable DIRECTIONCYCLE_ADMIN_PASSWORD), or run with the demo profile "
          + "(--spring.profiles.active=demo) for a local demo installation.");
    }
    if (username == null || !username.matches("[a-zA-Z0-9-]{2,64}")) {
      throw new IllegalStateException("directioncycle.admin.username must be 2-64 letters, digits or dashes");
    }
  }

  public String username() {
    return username;
  }

  String password() {
    return password;
  }
}
