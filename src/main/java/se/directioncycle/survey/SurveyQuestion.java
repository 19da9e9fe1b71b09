package se.directioncycle.survey;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The fixed list of survey questions a file may report, by code, with the Swedish wording shown to people. */
public enum SurveyQuestion {
  TRYGG_KVALL("Känner sig trygg utomhus sent på kvällen i sitt bostadsområde"),
  OTRYGG_KVALL("Känner sig otrygg utomhus sent på kvällen i sitt bostadsområde"),
  ORO_BROTT("Oroar sig för brottsligheten i samhället"),
  ORO_OVERFALL("Oroar sig för att bli överfallen eller misshandlad"),
  ORO_INBROTT("Oroar sig för bostadsinbrott"),
  UTSATT_BROTT("Har utsatts för brott under de senaste tolv månaderna"),
  UTSATT_SKADEGORELSE("Har utsatts för skadegörelse under de senaste tolv månaderna"),
  PROBLEM_NEDSKRAPNING("Upplever nedskräpning som ett problem i området"),
  PROBLEM_KLOTTER("Upplever klotter som ett problem i området"),
  PROBLEM_UNGDOMSGANG("Upplever ungdomsgäng som stör som ett problem i området"),
  PROBLEM_BUSKORNING("Upplever buskörning med bil, moped eller A-traktor som ett problem i området"),
  PROBLEM_NARKOTIKA("Upplever narkotikaförsäljning som ett problem i området"),
  PROBLEM_BELYSNING("Upplever dålig belysning som ett problem i området"),
  FORTROENDE_POLIS("Har stort eller ganska stort förtroende för polisen");

  private final String label;

  SurveyQuestion(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  /** Codes are matched case-insensitively ("trygg_kvall" is TRYGG_KVALL). */
  public static Optional<SurveyQuestion> fromCode(String code) {
    String upper = code.toUpperCase(Locale.ROOT);
    return Arrays.stream(values()).filter(q -> q.name().equals(upper)).findFirst();
  }
}
