package se.directioncycle.document;

import java.time.Instant;

/**
 * A public document without its content: what lists and overviews show, and the link that downloads it
 * (`/documents/<source>`, the webapp session logs in). Read with a query that never loads the PDF bytes.
 */
public record DocumentInfo(Long id, String municipality, Long cycleId, Long promisePeriodId, String kind,
    String sourceKey, String title, Instant createdAt) {

  DocumentInfo(Long id, String municipality, Long cycleId, Long promisePeriodId, PublicDocument.Kind kind,
      String sourceKey, String title, Instant createdAt) {
    this(id, municipality, cycleId, promisePeriodId, kind.name(), sourceKey, title, createdAt);
  }

  /** Where a logged-in webapp user downloads it. */
  public String href() {
    return "/documents/" + sourceKey;
  }
}
