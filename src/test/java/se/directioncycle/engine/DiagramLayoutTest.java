package se.directioncycle.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every diagram under bpmn/ has a complete layout: a shape with bounds for every flow node and an edge with
 * waypoints for every sequence flow, so Cockpit and the modeler draw all of it. (bpmnlint checks the modelling
 * rules in `verify`.)
 */
class DiagramLayoutTest {

  static Stream<Path> diagrams() throws IOException {
    return Files.list(Path.of("bpmn")).filter(p -> p.toString().endsWith(".bpmn")).sorted();
  }

  @ParameterizedTest
  @MethodSource("diagrams")
  void everyElementIsDrawn(Path diagram) {
    BpmnModelInstance model = Bpmn.readModelFromFile(new File(diagram.toString()));
    Set<String> shapes = model.getModelElementsByType(BpmnShape.class).stream()
        .filter(shape -> shape.getBounds() != null && shape.getBounds().getWidth() > 0)
        .map(shape -> shape.getBpmnElement().getId()).collect(Collectors.toSet());
    Set<String> edges = model.getModelElementsByType(BpmnEdge.class).stream()
        .filter(edge -> edge.getWaypoints().size() >= 2)
        .map(edge -> edge.getBpmnElement().getId()).collect(Collectors.toSet());

    List<String> undrawnNodes = model.getModelElementsByType(FlowNode.class).stream().map(FlowElement::getId)
        .filter(id -> !shapes.contains(id)).toList();
    List<String> undrawnFlows = model.getModelElementsByType(SequenceFlow.class).stream().map(FlowElement::getId)
        .filter(id -> !edges.contains(id)).toList();
    assertThat(model.getModelElementsByType(FlowNode.class)).isNotEmpty();
    assertThat(undrawnNodes).as("flow nodes without a shape in %s", diagram).isEmpty();
    assertThat(undrawnFlows).as("sequence flows without an edge in %s", diagram).isEmpty();
  }
}
