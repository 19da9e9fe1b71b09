package se.directioncycle.cycle;

import se.directioncycle.input.InvalidInputException;

/** A second start for the same municipality and quarter. */
class CycleAlreadyExistsException extends InvalidInputException {

  public CycleAlreadyExistsException(String municipalityName, Quarter quarter) {
    super("Det finns redan en kvartalscykel för " + municipalityName + " " + quarter.label()
        + ". En kommun kan bara ha en cykel per kvartal.");
  }
}
