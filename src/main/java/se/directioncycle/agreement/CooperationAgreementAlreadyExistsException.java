package se.directioncycle.agreement;

import java.time.LocalDate;
import se.directioncycle.input.InvalidInputException;

/** A second agreement of the same municipality with the same first day. */
class CooperationAgreementAlreadyExistsException extends InvalidInputException {

  public CooperationAgreementAlreadyExistsException(String municipalityName, LocalDate validFrom) {
    super("Det finns redan en samverkansöverenskommelse för " + municipalityName + " som gäller från " + validFrom
        + ". Kontrollera registret; en ny överenskommelse registreras med sitt eget startdatum.");
  }
}
