package se.directioncycle.promise;

import se.directioncycle.input.InvalidInputException;

/** A second start for the same municipality and period. */
class PromisePeriodAlreadyExistsException extends InvalidInputException {

  public PromisePeriodAlreadyExistsException(String municipalityName, String period) {
    super("Det finns redan medborgarlöften för " + municipalityName + " " + period
        + ". En kommun kan bara ha en löftesperiod som börjar ett visst år.");
  }
}
