package se.directioncycle.council;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The one row every council change bumps, so that each node sees cheaply whether its copy is stale. */
@Entity
@Table(name = "council_configuration_version")
class ConfigurationVersion {

  static final int ROW = 1;

  @Id
  private Integer id;
  private long version;

  protected ConfigurationVersion() {}

  long getVersion() {
    return version;
  }
}
