package se.directioncycle.compliance;

/** The obligations of SFS 2023:196 that a municipality's year is checked against, with their Swedish wording. */
enum Obligation {
  COORDINATOR("Samordningsfunktion",
      "Kommunen ska ha en funktion som samordnar det brottsförebyggande arbetet (samordnare)."),
  SITUATION_PICTURE("Lägesbild",
      "Kommunen ska ta fram en lägesbild över brottsligheten i kommunen: en kartläggning av brottsligheten, "
          + "annan relevant information och en analys."),
  ACTION_PLAN("Åtgärdsplan beslutad av kommunstyrelsen",
      "Utifrån lägesbilden ska kommunen ta ställning till vilka åtgärder som behövs och besluta en åtgärdsplan."),
  FOLLOW_UP("Uppföljning",
      "Arbetet och åtgärderna ska följas upp, och kommunstyrelsen ska hållas underrättad om arbetet."),
  POLICE_COOPERATION("Samverkan med Polisen",
      "Kommunen ska samverka med Polismyndigheten och verka för skriftliga överenskommelser om samverkan "
          + "(samverkansöverenskommelse, medborgarlöften).");

  private final String title;
  private final String requirement;

  Obligation(String title, String requirement) {
    this.title = title;
    this.requirement = requirement;
  }

  String title() {
    return title;
  }

  String requirement() {
    return requirement;
  }
}
