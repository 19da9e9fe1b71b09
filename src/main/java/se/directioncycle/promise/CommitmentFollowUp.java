package se.directioncycle.promise;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.MapKeyEnumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import se.directioncycle.council.Organisation;

/**
 * A commitment's follow-up for one year: progress counted from linked interventions, the judgement of a
 * qualitative commitment (by its lead party's group), and each answering party's comment (a commitment shared by
 * the police and the municipality gets one comment from each, in rows of their own).
 */
@Entity
@Table(name = "commitment_follow_up")
public class CommitmentFollowUp {

  /** One party's comment and who wrote it. */
  @Embeddable
  public static class Comment {
    @Column(name = "comment")
    private String text;
    @Column(name = "commented_by")
    private String by;

    protected Comment() {}

    Comment(String text, String by) {
      this.text = text;
      this.by = by;
    }

    public String getText() {
      return text;
    }
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;
  private Long commitmentId;
  @Column(name = "follow_up_year")
  private int year;
  private long progress;
  private int linkedInterventions;
  private Instant computedAt;
  @Enumerated(EnumType.STRING)
  private CommitmentOutcome outcome;
  @Column(length = 4000)
  private String narrative;
  private String judgedBy;
  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "commitment_comment", joinColumns = @JoinColumn(name = "follow_up_id"))
  @MapKeyColumn(name = "party")
  @MapKeyEnumerated(EnumType.STRING)
  private Map<Organisation.Party, Comment> comments = new EnumMap<>(Organisation.Party.class);

  protected CommitmentFollowUp() {}

  CommitmentFollowUp(long commitmentId, int year) {
    this.commitmentId = commitmentId;
    this.year = year;
  }

  void counted(CommitmentProgress progress, Instant at) {
    this.progress = progress.progress();
    this.linkedInterventions = progress.linkedInterventions();
    this.computedAt = at;
  }

  /** @param party the party the commenting group answers for (police, or the municipality with its partners) */
  void commented(Organisation.Party party, String comment, String by) {
    comments.put(party, new Comment(comment, by));
  }

  void judged(CommitmentOutcome outcome, String narrative, String by) {
    this.outcome = outcome;
    this.narrative = narrative;
    this.judgedBy = by;
  }

  public Long getCommitmentId() {
    return commitmentId;
  }

  public int getYear() {
    return year;
  }

  public long getProgress() {
    return progress;
  }

  public int getLinkedInterventions() {
    return linkedInterventions;
  }

  /** Null until a qualitative commitment is judged (and always on a quantitative one). */
  public CommitmentOutcome getOutcome() {
    return outcome;
  }

  public String getNarrative() {
    return narrative;
  }

  /** Each answering party's comment, police first. */
  public Map<Organisation.Party, String> getComments() {
    Map<Organisation.Party, String> texts = new LinkedHashMap<>();
    new EnumMap<>(comments).forEach((party, comment) -> texts.put(party, comment.getText()));
    return texts;
  }

  /** The comments as one text: "Polisen: … Kommunen: …" (only the text when there is one), or null. */
  public String getPartyComment() {
    Map<Organisation.Party, String> texts = getComments();
    if (texts.isEmpty()) {
      return null;
    }
    if (texts.size() == 1) {
      return texts.values().iterator().next();
    }
    StringBuilder joined = new StringBuilder();
    texts.forEach((party, text) -> joined.append(joined.isEmpty() ? "" : " ").append(party.swedish()).append(": ")
        .append(text));
    return joined.toString();
  }
}
