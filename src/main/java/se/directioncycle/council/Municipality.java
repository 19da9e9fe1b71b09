package se.directioncycle.council;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A municipality served by this installation; its id is the Camunda tenant id. {@link #organisations()} are the
 * active member organisations (they get tasks); retired ones are kept apart so history can still name them.
 */
public record Municipality(String id, String name, String policeArea, boolean quarterlyCycle,
    List<Organisation> organisations, List<String> areas, List<Organisation> retiredOrganisations) {

  public Municipality(String id, String name, String policeArea, boolean quarterlyCycle,
      List<Organisation> organisations, List<String> areas) {
    this(id, name, policeArea, quarterlyCycle, organisations, areas, List.of());
  }

  public String group(Role role) {
    return group(id, role.code());
  }

  public String group(Organisation organisation) {
    return group(id, organisation.code());
  }

  /** The one naming rule of a municipality's groups: {@code <municipality>-<role or organisation code>}. */
  private static String group(String municipalityId, String code) {
    return municipalityId + "-" + code;
  }

  /** The role or organisation code of a group of this municipality ({@link #group}), or null if it is not one. */
  public static String codeOfGroup(String municipalityId, String groupId) {
    String prefix = group(municipalityId, "");
    return groupId.startsWith(prefix) && groupId.length() > prefix.length() ? groupId.substring(prefix.length())
        : null;
  }

  public List<String> memberGroups() {
    return organisations.stream().map(this::group).toList();
  }

  /** The coordinator and the community police officer prepare the direction proposal together. */
  public String proposerGroups() {
    return group(Role.COORDINATOR) + "," + group(Organisation.POLICE);
  }

  /** An active or retired organisation by its code. */
  public Optional<Organisation> findOrganisation(String code) {
    return Stream.concat(organisations.stream(), retiredOrganisations.stream())
        .filter(o -> o.code().equals(code)).findFirst();
  }

  /**
   * An organisation named in stored history (an intervention, a submission): active or retired, never deleted;
   * the type's standard organisation stands in for a code this installation never stored.
   */
  public Organisation organisation(String code) {
    return findOrganisation(code).or(() -> Organisation.Type.fromCode(code).map(Organisation.Type::standard))
        .orElseGet(() -> new Organisation(code, code, Organisation.Type.OTHER_PARTNER, true));
  }
}
