package se.directioncycle.council;

import java.util.List;

/** A municipality served by this installation; its id is the Camunda tenant id. */
public record Municipality(String id, String name, String policeArea, boolean quarterlyCycle,
    List<Organisation> organisations, List<String> areas) {

  public String group(Role role) {
    return id + "-" + role.code();
  }

  public String group(Organisation organisation) {
    return id + "-" + organisation.code();
  }

  public List<String> memberGroups() {
    return organisations.stream().map(this::group).toList();
  }

  /** The coordinator and the community police officer prepare the direction proposal together. */
  public String proposerGroups() {
    return group(Role.COORDINATOR) + "," + group(Organisation.POLICE);
  }
}
