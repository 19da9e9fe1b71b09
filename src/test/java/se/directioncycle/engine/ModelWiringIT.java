package se.directioncycle.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.BusinessRuleTask;
import org.camunda.bpm.model.bpmn.instance.CallActivity;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import se.directioncycle.support.IntegrationTest;

/** Every formRef, embedded form, decisionRef, calledElement and delegate expression in the deployed models resolves. */
@IntegrationTest
class ModelWiringIT {

  private static final Pattern BEAN = Pattern.compile("\\$\\{(\\w+)}");

  @Autowired
  RepositoryService repositoryService;
  @Autowired
  ApplicationContext context;

  @Test
  void everyReferenceInTheDeployedModelsResolves() {
    Deployment deployment = repositoryService.createDeploymentQuery().deploymentName(ModelDeployer.DEPLOYMENT_NAME)
        .orderByDeploymentTime().desc().list().get(0);
    List<String> resources = repositoryService.getDeploymentResourceNames(deployment.getId());
    assertThat(resources).contains("quarterly-direction-cycle.bpmn", "intervention-follow-up.bpmn", "annual-assessment.bpmn",
        "citizen-promise-cycle.bpmn", "cooperation-agreement.bpmn", "problem-priority.dmn", "forms/situation-input.html",
        "forms/direction-proposal.html", "forms/draft-promises.html", "forms/import-safety-survey.html");
    List<ProcessDefinition> definitions = repositoryService.createProcessDefinitionQuery()
        .deploymentId(deployment.getId()).list();
    assertThat(definitions).extracting(ProcessDefinition::getKey)
        .containsExactlyInAnyOrder("QuarterlyDirectionCycle", "InterventionFollowUp", "AnnualAssessment",
            "CitizenPromiseCycle", "CooperationAgreement");
    assertThat(definitions).filteredOn(ProcessDefinition::isStartableInTasklist).extracting(ProcessDefinition::getKey)
        .as("only the cycle, the annual assessment, the promise period and an agreement can be started by hand; "
            + "follow-ups are called by the cycle")
        .containsExactlyInAnyOrder("QuarterlyDirectionCycle", "AnnualAssessment", "CitizenPromiseCycle",
            "CooperationAgreement");
    List<String> formIds = resources.stream().filter(r -> r.endsWith(".form"))
        .map(r -> formId(deployment.getId(), r)).toList();
    List<String> decisionKeys = repositoryService.createDecisionDefinitionQuery().deploymentId(deployment.getId())
        .list().stream().map(d -> d.getKey()).toList();

    List<String> checked = new ArrayList<>();
    for (ProcessDefinition definition : definitions) {
      BpmnModelInstance model = repositoryService.getBpmnModelInstance(definition.getId());
      for (ModelElementInstance element : all(model)) {
        String formRef = element.getAttributeValueNs("http://camunda.org/schema/1.0/bpmn", "formRef");
        if (formRef != null) {
          assertThat(formIds).as("formRef %s", formRef).contains(formRef);
          checked.add(formRef);
        }
        String formKey = element.getAttributeValueNs("http://camunda.org/schema/1.0/bpmn", "formKey");
        if (formKey != null) {
          assertThat(formKey).startsWith("embedded:deployment:");
          assertThat(resources).as("embedded form %s", formKey).contains(formKey.substring("embedded:deployment:".length()));
          checked.add(formKey);
        }
        for (String attribute : List.of("delegateExpression", "expression")) {
          String value = element.getAttributeValueNs("http://camunda.org/schema/1.0/bpmn", attribute);
          if (value != null && "delegateExpression".equals(attribute)) {
            assertBean(value);
            checked.add(value);
          }
        }
      }
      for (CallActivity call : model.getModelElementsByType(CallActivity.class)) {
        assertThat(definitions).extracting(ProcessDefinition::getKey).contains(call.getCalledElement());
        checked.add(call.getCalledElement());
      }
      for (BusinessRuleTask task : model.getModelElementsByType(BusinessRuleTask.class)) {
        assertThat(decisionKeys).contains(task.getCamundaDecisionRef());
      }
      for (UserTask task : model.getModelElementsByType(UserTask.class)) {
        assertThat(task.getCamundaFormRef() != null || task.getCamundaFormKey() != null)
            .as("user task %s has a form", task.getId()).isTrue();
      }
      for (StartEvent start : model.getModelElementsByType(StartEvent.class)) {
        if (start.getParentElement() instanceof org.camunda.bpm.model.bpmn.instance.Process
            && definition.getKey().equals("QuarterlyDirectionCycle")) {
          assertThat(start.getCamundaFormRef()).isEqualTo("start-cycle");
        }
        if (start.getParentElement() instanceof org.camunda.bpm.model.bpmn.instance.Process
            && definition.getKey().equals("AnnualAssessment")) {
          assertThat(start.getCamundaFormRef()).isEqualTo("start-annual-assessment");
        }
        if (start.getParentElement() instanceof org.camunda.bpm.model.bpmn.instance.Process
            && definition.getKey().equals("CitizenPromiseCycle")) {
          assertThat(start.getCamundaFormRef()).isEqualTo("start-citizen-promise-cycle");
        }
        if (start.getParentElement() instanceof org.camunda.bpm.model.bpmn.instance.Process
            && definition.getKey().equals("CooperationAgreement")) {
          assertThat(start.getCamundaFormRef()).isEqualTo("register-cooperation-agreement");
        }
      }
    }
    assertThat(decisionKeys).contains("ProblemPriority");
    assertThat(checked).contains("start-cycle", "InterventionFollowUp", "${registerCycleDelegate}",
        "start-annual-assessment", "embedded:deployment:forms/import-safety-survey.html", "prepare-action-plan",
        "decide-action-plan", "${registerAnnualAssessmentDelegate}", "${publishActionPlanDelegate}",
        "${sendAnnualDeadlineNoticeDelegate}",
        "start-citizen-promise-cycle", "record-dialogue", "sign-promises", "embedded:deployment:forms/draft-promises.html",
        "${computeCommitmentProgressDelegate}",
        "register-cooperation-agreement", "renew-cooperation-agreement", "${registerCooperationAgreementDelegate}",
        "${recordRenewalOutcomeDelegate}", "${markAgreementExpiredDelegate}",
        "${registerPromisePeriodDelegate}", "${publishPromisesDelegate}", "${publishFeedbackReportDelegate}");
  }

  /** The id inside a .form file; it must equal the file name. */
  private String formId(String deploymentId, String resource) {
    try (var in = repositoryService.getResourceAsStream(deploymentId, resource)) {
      String id = new com.fasterxml.jackson.databind.ObjectMapper().readTree(in).path("id").asText();
      assertThat(resource).as("form file name equals its id").isEqualTo("forms/" + id + ".form");
      return id;
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private void assertBean(String expression) {
    Matcher matcher = BEAN.matcher(expression == null ? "" : expression);
    assertThat(matcher.matches()).as("delegate expression %s is a plain bean reference", expression).isTrue();
    assertThat(context.containsBean(matcher.group(1))).as("bean %s exists", matcher.group(1)).isTrue();
  }

  private static Collection<ModelElementInstance> all(BpmnModelInstance model) {
    return new ArrayList<>(model.getModelElementsByType(BaseElement.class));
  }
}
