package se.directioncycle.agreement;

import java.time.LocalDate;

/** A checked registration: see {@link RegisterCooperationAgreementDelegate#read}. */
record AgreementInput(String title, String parties, LocalDate validFrom, LocalDate validTo, LocalDate signedOn) {}
