package se.directioncycle.direction;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;

/** A focus area of a decision: the ranked problem it answers, its goal and its interventions. */
@Entity
@Table(name = "focus_area")
public class FocusArea {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;
  private int position;
  private String title;
  private String problemCategory;
  private String goal;
  // the parent key goes in with the INSERT and a child never moves: no UPDATE after it
  @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
  @JoinColumn(name = "focus_area_id", nullable = false, updatable = false)
  @OrderBy("position")
  private List<Intervention> interventions = new ArrayList<>();

  protected FocusArea() {}

  FocusArea(int position, String title, String problemCategory, String goal, List<Intervention> interventions) {
    this.position = position;
    this.title = title;
    this.problemCategory = problemCategory;
    this.goal = goal;
    this.interventions.addAll(interventions);
  }

  public Long getId() {
    return id;
  }

  public String getTitle() {
    return title;
  }

  public String getProblemCategory() {
    return problemCategory;
  }

  public String getGoal() {
    return goal;
  }

  public List<Intervention> getInterventions() {
    return interventions;
  }
}
