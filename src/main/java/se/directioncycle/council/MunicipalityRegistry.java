package se.directioncycle.council;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** The configured municipalities, validated once at startup. */
@Component
public class MunicipalityRegistry {

  private final Map<String, Municipality> byId = new LinkedHashMap<>();

  public MunicipalityRegistry(CouncilProperties properties) {
    for (CouncilProperties.MunicipalityConfig config : properties.municipalities()) {
      if (config.id() == null || !config.id().matches("[a-z][a-z0-9]{1,30}")) {
        throw new IllegalStateException("directioncycle.municipalities[].id must be lower-case letters/digits, was: "
            + config.id());
      }
      List<Organisation> organisations = new ArrayList<>();
      for (String code : config.organisations() == null ? List.<String>of() : config.organisations()) {
        organisations.add(Organisation.fromCode(code).orElseThrow(() -> new IllegalStateException(
            "Unknown organisation '" + code + "' for municipality " + config.id())));
      }
      if (!organisations.contains(Organisation.POLICE)) {
        throw new IllegalStateException("Municipality " + config.id() + " must list the police as a member organisation");
      }
      byId.put(config.id(), new Municipality(config.id(), config.name(), config.policeArea(),
          config.quarterlyCycle(), List.copyOf(organisations),
          config.areas() == null ? List.of() : List.copyOf(config.areas())));
    }
  }

  public Collection<Municipality> all() {
    return byId.values();
  }

  public Optional<Municipality> find(String id) {
    return Optional.ofNullable(id).map(byId::get);
  }

  public Municipality get(String id) {
    return find(id).orElseThrow(() -> new IllegalArgumentException("Unknown municipality: " + id));
  }
}
