package se.directioncycle.calendar;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A user's calendar-feed secret, stored as its hash. Revoking deletes it; a new one replaces it. */
@Entity
@Table(name = "calendar_token")
class CalendarToken {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;
  private String userId;
  private String tokenSha256;
  private Instant createdAt;

  protected CalendarToken() {}

  CalendarToken(String userId, String tokenSha256, Instant createdAt) {
    this.userId = userId;
    this.tokenSha256 = tokenSha256;
    this.createdAt = createdAt;
  }

  public String getUserId() {
    return userId;
  }
}
