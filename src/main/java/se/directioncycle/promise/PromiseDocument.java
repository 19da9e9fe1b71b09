package se.directioncycle.promise;

import java.util.Arrays;
import java.util.Optional;

/**
 * The two public documents (PDF) of a promise period. The document module renders and stores each one when
 * {@link PromisesPublished} or {@link FeedbackReportPublished} is published, under {@link #sourceKey(long)}; the
 * open data links to {@link #openDataPath(String)}, which serves it without login once the period is published.
 */
public enum PromiseDocument {
  /** The signed promises: themes, goals, commitments, signatures and what they rest on. */
  PROMISES("citizen-promises", "Medborgarlöften"),
  /** The final feedback report with the progress of every commitment and year. */
  FEEDBACK_REPORT("citizen-promise-feedback", "Återkoppling till medborgarna");

  private final String slug;
  private final String heading;

  PromiseDocument(String slug, String heading) {
    this.slug = slug;
    this.heading = heading;
  }

  /** `citizen-promises` or `citizen-promise-feedback`: the source key's prefix and the open-data file name. */
  public String slug() {
    return slug;
  }

  /** "Medborgarlöften Kalix 2027–2028". */
  public String title(String municipalityName, PromisePeriod period) {
    return heading + " " + municipalityName + " " + period.label();
  }

  /** The key the document is stored under, e.g. `citizen-promises:12`; `/documents/<key>` opens it after login. */
  public String sourceKey(long periodId) {
    return slug + ":" + periodId;
  }

  /** The anonymous download, e.g. `/open-data/citizen-promises/kalix-2027-2028/documents/citizen-promises.pdf`. */
  public String openDataPath(String businessKey) {
    return "/open-data/citizen-promises/" + businessKey + "/documents/" + slug + ".pdf";
  }

  /** Whether the period has reached the step that makes this document (and so made it). */
  public boolean madeFor(PromisePeriod period) {
    return switch (this) {
      case PROMISES -> period.getStatus().published() && period.getPublishedAt() != null;
      case FEEDBACK_REPORT -> period.getStatus() == PromisePeriodStatus.CLOSED && period.getFeedbackPublishedAt() != null;
    };
  }

  public static Optional<PromiseDocument> fromSlug(String slug) {
    return Arrays.stream(values()).filter(d -> d.slug.equals(slug)).findFirst();
  }
}
