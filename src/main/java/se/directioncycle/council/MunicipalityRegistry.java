package se.directioncycle.council;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;
import se.directioncycle.engine.PerTransaction;

/**
 * The municipalities, their member organisations and areas as stored in the database (council_*), changed at
 * runtime by {@link CouncilAdministration}. Several nodes share one database, so no node may keep a stale copy:
 * every read first asks the database for the configuration's version (one primary-key read) and reloads the
 * whole configuration when another node, or this one, has changed it since.
 */
@Component
public class MunicipalityRegistry {

  /** Lower-case letters and digits: `<municipality>-<code>` group ids stay unambiguous. */
  public static final String ID_PATTERN = "[a-z][a-z0-9]{1,30}";

  private record Snapshot(long version, Map<String, Municipality> byId) {}

  private final StoredMunicipalityRepository municipalities;
  private final StoredOrganisationRepository organisations;
  private final StoredAreaRepository areas;
  private final ConfigurationVersionRepository versions;
  private volatile Snapshot snapshot;

  /** {@code firstStart} fills the empty tables from the YAML before the first read. */
  MunicipalityRegistry(StoredMunicipalityRepository municipalities, StoredOrganisationRepository organisations,
      StoredAreaRepository areas, ConfigurationVersionRepository versions, FirstStartSeed firstStart) {
    this.municipalities = municipalities;
    this.organisations = organisations;
    this.areas = areas;
    this.versions = versions;
  }

  public Collection<Municipality> all() {
    return current().byId().values();
  }

  public Optional<Municipality> find(String id) {
    return Optional.ofNullable(id).map(current().byId()::get);
  }

  public Municipality get(String id) {
    return find(id).orElseThrow(() -> new IllegalArgumentException("Unknown municipality: " + id));
  }

  /** Drops this node's copy, e.g. after a change was rolled back (its version number may be used again). */
  void forget() {
    snapshot = null;
    PerTransaction.forget(this);
  }

  /**
   * Inside a transaction the version is read once: the transaction works on the council as it was when it first
   * asked (a change committed meanwhile counts from the next transaction on), and an engine command that asks the
   * registry many times reads one row, not one per call.
   */
  private Snapshot current() {
    return PerTransaction.remember(this, Snapshot.class, this::fresh);
  }

  private Snapshot fresh() {
    long version = versions.current();
    Snapshot known = snapshot;
    if (known != null && known.version() == version) {
      return known;
    }
    Snapshot loaded = new Snapshot(version, load());
    snapshot = loaded;
    return loaded;
  }

  /** Read after the version: a change committed in between only makes the next read load once more. */
  private Map<String, Municipality> load() {
    Map<String, List<Organisation>> active = new LinkedHashMap<>();
    Map<String, List<Organisation>> retired = new LinkedHashMap<>();
    for (StoredOrganisation stored : organisations.findAllByOrderByMunicipalityIdAscPositionAscIdAsc()) {
      Organisation organisation = stored.toOrganisation();
      (organisation.retired() ? retired : active).computeIfAbsent(stored.getMunicipalityId(), id -> new ArrayList<>())
          .add(organisation);
    }
    Map<String, List<String>> areaNames = new LinkedHashMap<>();
    for (StoredArea area : areas.findAllByOrderByMunicipalityIdAscPositionAscIdAsc()) {
      areaNames.computeIfAbsent(area.getMunicipalityId(), id -> new ArrayList<>()).add(area.getName());
    }
    Map<String, Municipality> byId = new LinkedHashMap<>();
    for (StoredMunicipality stored : municipalities.findAllByOrderByPositionAscIdAsc()) {
      String id = stored.getId();
      byId.put(id, new Municipality(id, stored.getName(), stored.getPoliceArea(), stored.isQuarterlyCycle(),
          List.copyOf(active.getOrDefault(id, List.of())), List.copyOf(areaNames.getOrDefault(id, List.of())),
          List.copyOf(retired.getOrDefault(id, List.of()))));
    }
    return Collections.unmodifiableMap(byId);
  }
}
