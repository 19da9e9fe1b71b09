package se.directioncycle.council;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.List;
import com.fasterxml.jackson.databind.JsonNode;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.PasswordPolicyResult;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The administrator's changes to a council: each in one transaction that bumps the configuration's version (every
 * node then reloads), stores the change, brings the Camunda tenant, groups, grants and filters up to date through
 * {@link CouncilProvisioning}, and writes the audit row. Nothing is deleted: an organisation is retired.
 */
@Service
class CouncilAdministration {

  private static final Logger LOG = LoggerFactory.getLogger(CouncilAdministration.class);

  private final StoredMunicipalityRepository municipalities;
  private final StoredOrganisationRepository organisations;
  private final StoredAreaRepository areas;
  private final ConfigurationVersionRepository versions;
  private final CouncilAuditRepository audit;
  private final MunicipalityRegistry registry;
  private final CouncilProvisioning provisioning;
  private final IdentityService identityService;

  CouncilAdministration(StoredMunicipalityRepository municipalities, StoredOrganisationRepository organisations,
      StoredAreaRepository areas, ConfigurationVersionRepository versions, CouncilAuditRepository audit,
      MunicipalityRegistry registry, CouncilProvisioning provisioning, IdentityService identityService) {
    this.municipalities = municipalities;
    this.organisations = organisations;
    this.areas = areas;
    this.versions = versions;
    this.audit = audit;
    this.registry = registry;
    this.provisioning = provisioning;
    this.identityService = identityService;
  }

  @Transactional
  Municipality createMunicipality(String actor, String id, String name, String policeArea, Boolean quarterlyCycle,
      String policeName, List<String> areaNames) {
    CouncilInputRules rules = new CouncilInputRules();
    rules.municipalityId(id);
    String cleanName = rules.name("Namn", name, CouncilInputRules.MAX_NAME);
    String cleanArea = rules.optionalName("Polisområde", policeArea, CouncilInputRules.MAX_NAME);
    String cleanPolice = policeName == null ? Organisation.POLICE.swedishName()
        : rules.name("Polisens namn", policeName, CouncilInputRules.MAX_NAME);
    List<String> cleanAreas = cleanAreas(rules, areaNames);
    rules.throwIfInvalid();
    changing();
    if (municipalities.existsById(id)) {
      throw CouncilChangeRefused.conflict("Kommunen " + id + " finns redan.");
    }
    municipalities.save(new StoredMunicipality(id, cleanName, cleanArea,
        quarterlyCycle == null || quarterlyCycle, municipalities.maxPosition() + 1));
    organisations.save(new StoredOrganisation(id, new Organisation(Organisation.POLICE.code(), cleanPolice,
        Organisation.Type.POLICE), 1));
    int position = 0;
    for (String area : cleanAreas) {
      areas.save(new StoredArea(id, area, ++position));
    }
    Municipality created = provisioned(id);
    audit(actor, "CREATE_MUNICIPALITY", id, null, summary(created));
    return created;
  }

  @Transactional
  Municipality changeMunicipality(String actor, String id, String name, String policeArea, Boolean quarterlyCycle) {
    CouncilInputRules rules = new CouncilInputRules();
    String cleanName = rules.name("Namn", name, CouncilInputRules.MAX_NAME);
    String cleanArea = rules.optionalName("Polisområde", policeArea, CouncilInputRules.MAX_NAME);
    rules.throwIfInvalid();
    changing();
    StoredMunicipality stored = storedMunicipality(id);
    Municipality before = registry.get(id);
    stored.rename(cleanName);
    if (policeArea != null) {
      stored.setPoliceArea(cleanArea);
    }
    if (quarterlyCycle != null) {
      stored.setQuarterlyCycle(quarterlyCycle);
    }
    municipalities.save(stored);
    Municipality after = provisioned(id);
    audit(actor, "CHANGE_MUNICIPALITY", id, summary(before), summary(after));
    return after;
  }

  @Transactional
  Municipality addOrganisation(String actor, String municipality, String code, String name, String type) {
    CouncilInputRules rules = new CouncilInputRules();
    rules.code(code);
    String cleanName = rules.name("Namn", name, CouncilInputRules.MAX_NAME);
    Organisation.Type cleanType = rules.type(type);
    rules.throwIfInvalid();
    changing();
    storedMunicipality(municipality);
    if (organisations.findByMunicipalityIdAndCode(municipality, code).isPresent()) {
      throw CouncilChangeRefused.conflict("Organisationen med koden " + code + " finns redan i " + municipality
          + " (en avslutad organisation behåller sin kod).");
    }
    if (cleanType == Organisation.Type.POLICE) {
      throw CouncilChangeRefused.conflict("Polisen finns redan i " + municipality + " (koden police); "
          + "en kommun har en polisorganisation.");
    }
    Organisation organisation = new Organisation(code, cleanName, cleanType);
    organisations.save(new StoredOrganisation(municipality, organisation,
        (int) organisations.countByMunicipalityId(municipality) + 1));
    Municipality after = provisioned(municipality);
    audit(actor, "ADD_ORGANISATION", municipality + "-" + code, null, summary(organisation));
    return after;
  }

  @Transactional
  Municipality renameOrganisation(String actor, String municipality, String code, String name) {
    CouncilInputRules rules = new CouncilInputRules();
    String cleanName = rules.name("Namn", name, CouncilInputRules.MAX_NAME);
    rules.throwIfInvalid();
    changing();
    StoredOrganisation stored = storedOrganisation(municipality, code);
    Organisation old = stored.toOrganisation();
    stored.rename(cleanName);
    organisations.save(stored);
    Municipality after = provisioned(municipality);
    audit(actor, "RENAME_ORGANISATION", municipality + "-" + code, summary(old), summary(stored.toOrganisation()));
    return after;
  }

  @Transactional
  Municipality retireOrganisation(String actor, String municipality, String code) {
    changing();
    StoredOrganisation stored = storedOrganisation(municipality, code);
    Organisation old = stored.toOrganisation();
    if (old.retired()) {
      throw CouncilChangeRefused.conflict("Organisationen " + code + " i " + municipality + " är redan avslutad.");
    }
    if (old.type() == Organisation.Type.POLICE) {
      throw CouncilChangeRefused.conflict("Polisen kan inte avslutas: den tar fram inriktningsförslaget med "
          + "samordnaren.");
    }
    stored.retire();
    organisations.save(stored);
    Municipality after = provisioned(municipality);
    audit(actor, "RETIRE_ORGANISATION", municipality + "-" + code, summary(old), summary(stored.toOrganisation()));
    return after;
  }

  /**
   * The municipality's areas become exactly these, in this order. Observations already placed in a removed area
   * keep its name; it is only no longer offered.
   */
  @Transactional
  Municipality replaceAreas(String actor, String municipality, List<String> names) {
    CouncilInputRules rules = new CouncilInputRules();
    rules.require(names != null, "«Områden» måste anges (en tom lista tar bort alla områden).");
    List<String> clean = cleanAreas(rules, names);
    rules.throwIfInvalid();
    storedMunicipality(municipality);
    Municipality before = registry.get(municipality);
    changing();
    // an area that keeps its name keeps its place on the map
    Map<String, String> geometries = new HashMap<>();
    areas.findAllByOrderByMunicipalityIdAscPositionAscIdAsc().stream()
        .filter(a -> a.getMunicipalityId().equals(municipality)).forEach(a -> {
          if (a.getGeometry() != null) {
            geometries.put(a.getName(), a.getGeometry());
          }
          areas.delete(a);
        });
    areas.flush();
    int position = 0;
    for (String name : clean) {
      StoredArea area = new StoredArea(municipality, name, ++position);
      area.setGeometry(geometries.get(name));
      areas.save(area);
    }
    Municipality after = reloaded(municipality);
    audit(actor, "REPLACE_AREAS", municipality, String.join(", ", before.areas()), String.join(", ", after.areas()));
    return after;
  }

  /**
   * The areas' places on the map become exactly those of the GeoJSON FeatureCollection (checked by
   * {@link AreaGeometryRules}): an area it leaves out has none afterwards. A refused file changes nothing.
   */
  @Transactional
  Map<String, String> replaceAreaGeometry(String actor, String municipalityId, JsonNode collection) {
    StoredMunicipality stored = storedMunicipality(municipalityId);
    List<StoredArea> current = areasOf(municipalityId);
    Map<String, String> geometries = AreaGeometryRules.check(collection, stored.getName(),
        current.stream().map(StoredArea::getName).toList());
    changing();
    String before = geometrySummary(current);
    for (StoredArea area : areasOf(municipalityId)) {
      area.setGeometry(geometries.get(area.getName()));
      areas.save(area);
    }
    areas.flush();
    audit(actor, "REPLACE_AREA_GEOMETRY", municipalityId, before, geometrySummary(areasOf(municipalityId)));
    LOG.info("Administrator set the map geometry of {} of {} areas of {}", geometries.size(), current.size(),
        municipalityId);
    return geometries;
  }

  /** The municipality's areas in order, each with its geometry or none. */
  @Transactional(readOnly = true)
  List<StoredArea> areasOf(String municipalityId) {
    storedMunicipality(municipalityId);
    return areas.findAllByOrderByMunicipalityIdAscPositionAscIdAsc().stream()
        .filter(a -> a.getMunicipalityId().equals(municipalityId)).toList();
  }

  /** "Skutskär: Polygon, 12 punkter; Gårdskär: ingen" – what the audit keeps of the geometry (not the coordinates). */
  private static String geometrySummary(List<StoredArea> areas) {
    return areas.stream().map(a -> a.getName() + ": " + (a.getGeometry() == null ? "ingen"
        : AreaGeometryRules.describe(a.getGeometry()))).collect(java.util.stream.Collectors.joining("; "));
  }

  private static List<String> cleanAreas(CouncilInputRules rules, List<String> names) {
    List<String> clean = new ArrayList<>();
    for (String area : names == null ? List.<String>of() : names) {
      clean.add(rules.name("Område", area, CouncilInputRules.MAX_NAME));
    }
    rules.require(clean.stream().distinct().count() == clean.size(), "«Områden» innehåller samma namn två gånger.");
    rules.require(clean.size() <= CouncilInputRules.MAX_AREAS, "«Områden» får vara högst " + CouncilInputRules.MAX_AREAS + ".");
    return clean;
  }

  /**
   * A person: a Camunda user with the initial password the administrator gives (the password policy applies; the
   * person changes it in Tasklist), member of the given organisations' or roles' groups of one municipality.
   */
  @Transactional
  String addPerson(String actor, String municipalityId, String userId, String firstName, String lastName,
      String email, String initialPassword, List<String> groups) {
    CouncilInputRules rules = new CouncilInputRules();
    rules.userId(userId);
    String first = rules.name("Förnamn", firstName, 60);
    String last = rules.name("Efternamn", lastName, 60);
    rules.email(email);
    rules.require(initialPassword != null && !initialPassword.isEmpty(), "«Startlösenord» måste anges.");
    rules.require(initialPassword == null || initialPassword.length() <= 128, "«Startlösenord» får vara högst 128 tecken.");
    requireGroups(rules, groups);
    rules.throwIfInvalid();
    List<String> groupIds = groupIdsOf(municipalityId, groups);
    changing();
    if (identityService.createUserQuery().userId(userId).count() > 0) {
      throw CouncilChangeRefused.conflict("Användaren " + userId + " finns redan.");
    }
    User user = identityService.newUser(userId);
    user.setFirstName(first);
    user.setLastName(last);
    user.setEmail(email.strip());
    PasswordPolicyResult policy = identityService.checkPasswordAgainstPolicy(initialPassword, user);
    if (!policy.isValid()) {
      throw new se.directioncycle.input.InvalidInputException("«Startlösenord» uppfyller inte lösenordsreglerna: minst "
          + "10 tecken med stora och små bokstäver, en siffra och ett specialtecken, och utan användar-id, namn "
          + "eller e-post.");
    }
    user.setPassword(initialPassword);
    identityService.saveUser(user);
    groupIds.stream().distinct().forEach(group -> identityService.createMembership(userId, group));
    audit(actor, "ADD_PERSON", userId, null, "grupper " + String.join(", ", groupIds.stream().distinct().toList()));
    LOG.info("Administrator added a person to {} groups of {}", groupIds.size(), municipalityId);
    return userId;
  }

  /**
   * An existing person joins organisations or roles of (another) municipality: a regional coordinator who follows
   * several councils is in each one's coordinator group, and so sees each in Cockpit's dashboard.
   */
  @Transactional
  List<String> addMemberships(String actor, String municipalityId, String userId, List<String> groups) {
    CouncilInputRules rules = new CouncilInputRules();
    requireGroups(rules, groups);
    rules.throwIfInvalid();
    List<String> groupIds = groupIdsOf(municipalityId, groups);
    changing();
    if (userId == null || identityService.createUserQuery().userId(userId).count() == 0) {
      throw CouncilChangeRefused.notFound("Användaren " + printable(String.valueOf(userId)) + " finns inte.");
    }
    List<String> added = groupIds.stream().distinct()
        .filter(group -> identityService.createUserQuery().userId(userId).memberOfGroup(group).count() == 0).toList();
    added.forEach(group -> identityService.createMembership(userId, group));
    audit(actor, "ADD_MEMBERSHIPS", userId, null, "grupper " + String.join(", ", added));
    LOG.info("Administrator added a person to {} more groups of {}", added.size(), municipalityId);
    return groupIds.stream().distinct().toList();
  }

  private static void requireGroups(CouncilInputRules rules, List<String> groups) {
    rules.require(groups != null && !groups.isEmpty() && groups.size() <= 20,
        "«Grupper» måste ange minst en organisation eller roll (koden, t.ex. skola-kyrkbacken eller coordinator).");
  }

  /** `<municipality>-<code>` for each code, which must be an active organisation or a role of the municipality. */
  private List<String> groupIdsOf(String municipalityId, List<String> groups) {
    Municipality municipality = registry.find(municipalityId).orElseThrow(() ->
        CouncilChangeRefused.notFound("Kommunen " + municipalityId + " finns inte."));
    List<String> groupIds = new ArrayList<>();
    for (String code : groups) {
      boolean role = Arrays.stream(Role.values()).anyMatch(r -> r.code().equals(code));
      boolean organisation = municipality.organisations().stream().anyMatch(o -> o.code().equals(code));
      if (!role && !organisation) {
        throw new se.directioncycle.input.InvalidInputException("«Grupper»: " + printable(code) + " är ingen aktiv "
            + "organisation eller roll i " + municipality.name() + ".");
      }
      groupIds.add(municipalityId + "-" + code);
    }
    return groupIds;
  }

  @Transactional(readOnly = true)
  List<CouncilAuditEntry> auditTrail() {
    return audit.findTop500ByOrderByIdDesc();
  }

  /**
   * Bumps the version first (its row lock serialises changes across nodes) and makes this node drop its copy when
   * the transaction ends, committed or not, since a rolled-back version number is used again.
   */
  private void changing() {
    versions.bump();
    if (TransactionSynchronizationManager.isSynchronizationActive()) {
      TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
        @Override
        public void afterCompletion(int status) {
          registry.forget();
        }
      });
    }
  }

  private Municipality provisioned(String id) {
    Municipality municipality = reloaded(id);
    provisioning.provision(municipality);
    return municipality;
  }

  /** This transaction's own changes, read through the registry (flushed before its queries). */
  private Municipality reloaded(String id) {
    registry.forget();
    return registry.get(id);
  }

  private StoredMunicipality storedMunicipality(String id) {
    return (id == null ? java.util.Optional.<StoredMunicipality>empty() : municipalities.findById(id)).orElseThrow(
        () -> CouncilChangeRefused.notFound("Kommunen " + printable(id) + " finns inte."));
  }

  private StoredOrganisation storedOrganisation(String municipality, String code) {
    storedMunicipality(municipality);
    return organisations.findByMunicipalityIdAndCode(municipality, code).orElseThrow(() ->
        CouncilChangeRefused.notFound("Organisationen " + printable(code) + " finns inte i " + municipality + "."));
  }

  private void audit(String actor, String action, String subject, String before, String after) {
    audit.save(new CouncilAuditEntry(Instant.now(), actor == null ? "?" : actor, action, subject,
        cut(before), cut(after)));
  }

  private static String summary(Municipality m) {
    return m.name() + "; polisområde " + (m.policeArea() == null ? "–" : m.policeArea()) + "; kvartalscykel "
        + (m.quarterlyCycle() ? "på" : "av") + "; organisationer " + String.join(", ", m.organisations().stream()
        .map(o -> o.code() + " (" + o.swedishName() + ")").toList()) + "; områden " + String.join(", ", m.areas());
  }

  private static String summary(Organisation o) {
    return o.swedishName() + " (" + o.type().code() + (o.retired() ? ", avslutad" : "") + ")";
  }

  private static String cut(String text) {
    return text == null || text.length() <= 2000 ? text : text.substring(0, 1999) + "…";
  }

  /** An unknown code is echoed in a message only as letters, digits and dashes, at most 40 of them. */
  private static String printable(String text) {
    String clean = text == null ? "" : text.replaceAll("[^\\p{L}0-9-]", "");
    return clean.length() > 40 ? clean.substring(0, 40) + "…" : clean;
  }
}
