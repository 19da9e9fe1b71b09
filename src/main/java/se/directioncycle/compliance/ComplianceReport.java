package se.directioncycle.compliance;

import java.util.List;

/**
 * One municipality's year against SFS 2023:196: every obligation, met with its evidence or missing with what
 * is missing. Dates are ISO text (`2027-03-14`), since Cockpit's JSON provider has no java.time support.
 */
public record ComplianceReport(String municipalityId, String municipality, int year,
    List<ObligationStatus> obligations) {

  /** A piece of evidence: what it is, its date (may be null) and the document that shows it (may be null). */
  public record Evidence(String text, String date, String href) {}

  /** One obligation: met or not, the evidence found, and in Swedish what is missing when it is not met. */
  public record ObligationStatus(String code, String title, String requirement, boolean met, List<Evidence> evidence,
      String missing) {}

  public long metCount() {
    return obligations.stream().filter(ObligationStatus::met).count();
  }
}
