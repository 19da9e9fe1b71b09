package se.directioncycle.council;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Fictional people for the demo: one per role and member organisation in each municipality of the demo YAML, all
 * with the demo password. Only active when `directioncycle.demo.seed-users=true` (the demo profile).
 * The names are role titles, never real officials.
 */
@Component
@ConditionalOnProperty(name = "directioncycle.demo.seed-users", havingValue = "true")
class DemoPeopleSeeder {

  /** A demo login: user id suffix, Swedish first name (the role) and the groups it belongs to. */
  public record DemoPerson(String userId, String firstName, String lastName, List<String> groups) {}

  private static final Logger LOG = LoggerFactory.getLogger(DemoPeopleSeeder.class);
  /** The demo logins of the standard organisations keep their Swedish user ids. */
  private static final Map<String, String> DEMO_SUFFIXES = Map.of("school", "skola", "leisure", "fritid",
      "social-services", "ifo", "police", "kommunpolis", "rescue-service", "raddningstjanst", "housing", "bostad",
      "security-company", "sakerhet");

  private final MunicipalityRegistry municipalities;
  private final IdentityService identityService;
  private final CouncilIdentitySeeder councilSeeder;
  private final String password;
  /** The demo YAML's municipalities: one the administrator creates gets its people from the API, never a demo login. */
  private final java.util.Set<String> demoMunicipalities;

  DemoPeopleSeeder(MunicipalityRegistry municipalities, IdentityService identityService,
      CouncilIdentitySeeder councilSeeder, CouncilProperties properties) {
    this.municipalities = municipalities;
    this.identityService = identityService;
    this.councilSeeder = councilSeeder;
    this.password = properties.demo().password();
    this.demoMunicipalities = properties.municipalities().stream().map(CouncilProperties.MunicipalityConfig::id)
        .collect(java.util.stream.Collectors.toSet());
    if (password == null || password.isBlank()) {
      throw new IllegalStateException("directioncycle.demo.password must be set when demo users are seeded");
    }
  }

  public static List<DemoPerson> peopleOf(Municipality m) {
    List<DemoPerson> people = new ArrayList<>();
    people.add(new DemoPerson(m.id() + "-samordnare", "Samordnare", m.name(),
        List.of(m.group(Role.COORDINATOR), m.group(Role.STEERING_GROUP))));
    people.add(new DemoPerson(m.id() + "-ordforande", "Ordförande", m.name(), List.of(m.group(Role.CHAIR))));
    people.add(new DemoPerson(m.id() + "-lpo-chef", "Lokalpolisområdeschef", m.name(),
        List.of(m.group(Role.POLICE_CHIEF), m.group(Role.STEERING_GROUP))));
    people.add(new DemoPerson(m.id() + "-kommunalrad", "Kommunalråd", m.name(),
        List.of(m.group(Role.COMMISSIONER), m.group(Role.STEERING_GROUP))));
    for (Organisation organisation : m.organisations()) {
      String suffix = DEMO_SUFFIXES.getOrDefault(organisation.code(), organisation.code());
      String firstName = organisation.code().equals(Organisation.POLICE.code()) ? "Kommunpolis" : organisation.swedishName();
      people.add(new DemoPerson(m.id() + "-" + suffix, firstName, m.name(), List.of(m.group(organisation))));
    }
    return people;
  }

  @EventListener(ApplicationReadyEvent.class)
  @Order(20)
  public void seed() {
    int created = 0;
    for (Municipality municipality : municipalities.all()) {
      if (!demoMunicipalities.contains(municipality.id())) {
        continue;
      }
      for (DemoPerson person : peopleOf(municipality)) {
        if (identityService.createUserQuery().userId(person.userId()).count() == 0) {
          User user = identityService.newUser(person.userId());
          user.setFirstName(person.firstName());
          user.setLastName(person.lastName() + " (demo)");
          user.setEmail(person.userId() + "@example.org");
          user.setPassword(password);
          identityService.saveUser(user);
          created++;
        }
        person.groups().forEach(group -> councilSeeder.ensureMembership(person.userId(), group));
      }
    }
    LOG.info("Demo people ready ({} created)", created);
  }
}
