package se.directioncycle.annual;

import se.directioncycle.input.InvalidInputException;

/** A second start for the same municipality and year. */
class AnnualAssessmentAlreadyExistsException extends InvalidInputException {

  public AnnualAssessmentAlreadyExistsException(String municipalityName, int year) {
    super("Det finns redan en årlig bedömning för " + municipalityName + " " + year
        + ". En kommun kan bara ha en årlig bedömning per år.");
  }
}
