package se.directioncycle.council;

import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The YAML `directioncycle.municipalities` as a first-start seed only: while no municipality is stored, they are
 * stored (each organisation code names one of the standard types); once there is one, the YAML is ignored and
 * nothing stored is ever overwritten. Runs while the context starts, before the registry's first read.
 */
@Component
class FirstStartSeed {

  private static final Logger LOG = LoggerFactory.getLogger(FirstStartSeed.class);

  FirstStartSeed(CouncilProperties properties, StoredMunicipalityRepository municipalities,
      StoredOrganisationRepository organisations, StoredAreaRepository areas,
      ConfigurationVersionRepository versions, TransactionTemplate transactions) {
    List<CouncilProperties.MunicipalityConfig> configured = properties.municipalities();
    configured.forEach(FirstStartSeed::validate);
    if (municipalities.count() > 0) {
      if (!configured.isEmpty()) {
        LOG.info("Councils are stored in the database; directioncycle.municipalities ({} entries) is not read again",
            configured.size());
      }
      return;
    }
    try {
      Boolean stored = transactions.execute(tx -> {
        versions.bump(); // a node starting at the same time waits here for this one's commit, then finds the rows
        if (municipalities.count() > 0) {
          return false;
        }
        int position = 0;
        for (CouncilProperties.MunicipalityConfig config : configured) {
          municipalities.save(new StoredMunicipality(config.id(), config.name(), config.policeArea(),
              config.quarterlyCycle(), ++position));
          int organisation = 0;
          for (String code : codes(config)) {
            organisations.save(new StoredOrganisation(config.id(),
                Organisation.Type.fromCode(code).orElseThrow().standard(), ++organisation));
          }
          int area = 0;
          for (String name : config.areas() == null ? List.<String>of() : config.areas()) {
            areas.save(new StoredArea(config.id(), name, ++area));
          }
        }
        return true;
      });
      if (Boolean.TRUE.equals(stored)) {
        LOG.info("First start: stored {} municipalities from directioncycle.municipalities", configured.size());
      } else {
        LOG.info("First start: another node stored the municipalities at the same time");
      }
    } catch (DataIntegrityViolationException e) {
      LOG.info("First start: another node stored the municipalities at the same time ({})", e.getClass().getName());
    }
  }

  private static List<String> codes(CouncilProperties.MunicipalityConfig config) {
    return config.organisations() == null ? List.of() : new ArrayList<>(config.organisations());
  }

  private static void validate(CouncilProperties.MunicipalityConfig config) {
    if (config.id() == null || !config.id().matches(MunicipalityRegistry.ID_PATTERN)) {
      throw new IllegalStateException("directioncycle.municipalities[].id must be lower-case letters/digits, was: "
          + config.id());
    }
    for (String code : codes(config)) {
      if (Organisation.Type.fromCode(code).isEmpty()) {
        throw new IllegalStateException("Unknown organisation '" + code + "' for municipality " + config.id());
      }
    }
    if (!codes(config).contains(Organisation.POLICE.code())) {
      throw new IllegalStateException("Municipality " + config.id() + " must list the police as a member organisation");
    }
  }
}
