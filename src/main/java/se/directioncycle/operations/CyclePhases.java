package se.directioncycle.operations;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperty;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;
import org.springframework.stereotype.Component;

/**
 * Which element of a deployed cycle model belongs to which {@link CyclePhase}: the elements' extension property
 * {@value CyclePhase#PROPERTY}, read from the deployed model once per process definition (definitions never change).
 */
@Component
class CyclePhases {

  private final RepositoryService repositoryService;
  private final Map<String, Map<String, CyclePhase>> byDefinition = new ConcurrentHashMap<>();

  CyclePhases(RepositoryService repositoryService) {
    this.repositoryService = repositoryService;
  }

  /** Element id → phase, for the elements of this process definition that have one. */
  Map<String, CyclePhase> of(String processDefinitionId) {
    return byDefinition.computeIfAbsent(processDefinitionId,
        id -> read(repositoryService.getBpmnModelInstance(id)));
  }


  /** The latest phase of these activities; empty when none of them has one. */
  static Optional<CyclePhase> latest(Map<String, CyclePhase> phases, Collection<String> activityIds) {
    return activityIds.stream().map(CyclePhases::elementId).map(phases::get).filter(Objects::nonNull)
        .reduce(CyclePhase::latest);
  }

  /** The model element of an activity id: a multi-instance body is "<element id>#multiInstanceBody". */
  static String elementId(String activityId) {
    int hash = activityId.indexOf('#');
    return hash < 0 ? activityId : activityId.substring(0, hash);
  }

  /** Element id → phase of every element of the model that has the property; a value that names no phase is refused. */
  public static Map<String, CyclePhase> read(BpmnModelInstance model) {
    Map<String, CyclePhase> phases = new HashMap<>();
    for (CamundaProperty property : model.getModelElementsByType(CamundaProperty.class)) {
      if (!CyclePhase.PROPERTY.equals(property.getCamundaName())) {
        continue;
      }
      // camunda:property in camunda:properties in bpmn:extensionElements in the element
      ModelElementInstance element = property.getParentElement().getParentElement().getParentElement();
      String id = element instanceof BaseElement base ? base.getId() : null;
      phases.put(Objects.requireNonNull(id, "phase property outside a BPMN element"), phase(id, property.getCamundaValue()));
    }
    return Map.copyOf(phases);
  }

  static CyclePhase phase(String elementId, String value) {
    return CyclePhase.ofLabel(value).orElseThrow(() -> new IllegalStateException(
        "Element " + elementId + " has phase '" + value + "', which is none of lagesbild, utvardering, inriktning, uppfoljning"));
  }
}
