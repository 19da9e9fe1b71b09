package se.directioncycle.promise;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import se.directioncycle.council.Organisation;

/**
 * One party of a commitment: the police, the municipality or a partner, a partner with its own name (for example
 * "Älvkarlebyhus"); the police and the municipality may name the part of them that does the work.
 */
@Embeddable
class CommitmentParty {

  @Enumerated(EnumType.STRING)
  @Column(name = "party")
  private Organisation.Party party;
  @Column(name = "name")
  private String name;

  protected CommitmentParty() {}

  public CommitmentParty(Organisation.Party party, String name) {
    this.party = Objects.requireNonNull(party);
    this.name = name == null || name.isBlank() ? null : name.strip();
  }

  public Organisation.Party getParty() {
    return party;
  }

  /** The partner's own name, or null. */
  public String getName() {
    return name;
  }

  /** The name to show: the partner's own name, else "Polisen", "Kommunen" or "Samverkanspart". */
  public String displayName() {
    return name != null ? name : party.swedish();
  }

  /** "Polisen", "Polisen och Kommunen", "Polisen, Kommunen och Älvkarlebyhus". */
  public static String names(List<CommitmentParty> parties) {
    List<String> names = parties.stream().map(CommitmentParty::displayName).toList();
    if (names.size() <= 1) {
      return names.isEmpty() ? "" : names.get(0);
    }
    return String.join(", ", names.subList(0, names.size() - 1)) + " och " + names.get(names.size() - 1);
  }

  static boolean anyOf(List<CommitmentParty> parties, Collection<Organisation.Party> wanted) {
    return parties.stream().anyMatch(p -> wanted.contains(p.getParty()));
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof CommitmentParty p && p.party == party && Objects.equals(p.name, name);
  }

  @Override
  public int hashCode() {
    return Objects.hash(party, name);
  }
}
