package se.directioncycle.situationreport;

import java.util.List;
import java.util.Optional;
import se.directioncycle.council.Organisation;

/** The aggregated indicators each member organisation reports every quarter (counts, never persons). */
public final class IndicatorCatalogue {

  public record Indicator(String code, String label, String unit, Organisation organisation) {}

  public static final List<Indicator> ALL = List.of(
      new Indicator("school-threats-violence", "Hot- och våldsincidenter i skolan", "antal", Organisation.SCHOOL),
      new Indicator("school-vandalism", "Skadegörelse i skolmiljö", "antal", Organisation.SCHOOL),
      new Indicator("leisure-visits", "Besök på fritidsgårdar", "antal", Organisation.LEISURE),
      new Indicator("leisure-field-walks", "Genomförda fältvandringar", "antal", Organisation.LEISURE),
      new Indicator("social-concern-reports", "Orosanmälningar", "antal", Organisation.SOCIAL_SERVICES),
      new Indicator("police-reported-violence", "Anmälda våldsbrott", "antal", Organisation.POLICE),
      new Indicator("police-reported-vandalism", "Anmäld skadegörelse", "antal", Organisation.POLICE),
      new Indicator("police-traffic-operations", "Trafikkontroller", "antal", Organisation.POLICE),
      new Indicator("rescue-arson", "Anlagda bränder", "antal", Organisation.RESCUE_SERVICE),
      new Indicator("housing-graffiti", "Klotteranmälningar i beståndet", "antal", Organisation.HOUSING),
      new Indicator("housing-damage-cost", "Kostnad för skadegörelse", "tkr", Organisation.HOUSING),
      new Indicator("security-incidents", "Larm och incidenter vid rondering", "antal", Organisation.SECURITY_COMPANY));

  private IndicatorCatalogue() {}

  /** By the organisation's type: a second school reports the school's indicators; general types report none. */
  public static List<Indicator> of(Organisation organisation) {
    return ALL.stream().filter(i -> i.organisation().type() == organisation.type()).toList();
  }

  public static Optional<Indicator> find(String code) {
    return ALL.stream().filter(i -> i.code().equals(code)).findFirst();
  }
}
