package se.directioncycle.situationreport;

import java.util.Arrays;
import java.util.Optional;

/** Observation categories from the EST practice (docs/domain.md, what a municipality is configured with). */
public enum ObservationCategory {
  SKADEGORELSE("Skadegörelse"),
  KLOTTER("Klotter"),
  NEDSKRAPNING("Nedskräpning"),
  OTRYGG_PLATS("Otrygg plats"),
  SAMLING_AV_PERSONER("Störande samling av personer"),
  MISSTANKT_NARKOTIKAHANTERING("Misstänkt narkotikahantering"),
  BUSKORNING_MOPED_ATRAKTOR("Buskörning med moped/A-traktor"),
  BRAND_ANLAGD("Anlagd brand"),
  HOT_VALD_MOT_PERSONAL("Hot och våld mot personal"),
  INCIDENT_MOT_FORTROENDEVALD("Incident mot förtroendevald"),
  INBROTT_STOLD("Inbrott och stöld"),
  BERUSADE_STORNINGAR("Störningar av berusade"),
  RYKTEN_SOCIALA_MEDIER("Rykten i sociala medier"),
  EVENEMANG_ARRANGEMANG("Evenemang och arrangemang"),
  OVRIGT("Övrigt");

  private final String label;

  ObservationCategory(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  /** The Swedish label of a stored code, or the code itself when it is no longer a category. */
  public static String labelOf(String code) {
    return fromCode(code).map(ObservationCategory::label).orElse(code);
  }

  public static Optional<ObservationCategory> fromCode(String code) {
    return Arrays.stream(values()).filter(c -> c.name().equals(code)).findFirst();
  }
}
