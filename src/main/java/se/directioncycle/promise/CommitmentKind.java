package se.directioncycle.promise;

/**
 * How a commitment is followed up: a quantitative one by an indicator against a yearly target (counted from the
 * linked quarterly interventions), a qualitative one ("we will hold walks with residents") by a yearly judgement
 * (genomfört / delvis / inte genomfört) with a narrative.
 */
enum CommitmentKind {
  QUANTITATIVE("Kvantitativt"), QUALITATIVE("Kvalitativt");

  private final String swedish;

  CommitmentKind(String swedish) {
    this.swedish = swedish;
  }

  public String swedish() {
    return swedish;
  }
}
