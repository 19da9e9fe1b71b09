package se.directioncycle.council;

import org.springframework.stereotype.Component;

/**
 * The one way a municipality's Camunda side is made to match the stored council: tenant, groups, grants and
 * Tasklist filters. The startup seeders run the same two steps for every municipality.
 */
@Component
class CouncilProvisioning {

  private final CouncilIdentitySeeder identity;
  private final TaskFilterSeeder filters;

  CouncilProvisioning(CouncilIdentitySeeder identity, TaskFilterSeeder filters) {
    this.identity = identity;
    this.filters = filters;
  }

  void provision(Municipality municipality) {
    identity.seedMunicipality(municipality);
    filters.seedMunicipality(municipality);
  }
}
