package se.directioncycle.agreement;

import static se.directioncycle.agreement.CooperationAgreementVariables.*;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import se.directioncycle.engine.CurrentUser;
import se.directioncycle.taskform.TaskForm;

/** The register's one task form: the renewal decision, recorded by the job after the task (it knows who). */
@Configuration
class AgreementForms {

  @Bean
  TaskForm<RenewalDecision> renewCooperationAgreement() {
    return TaskForm.form("renew-cooperation-agreement", RENEWAL_OUTCOME, RENEWAL_NOTE)
        .reads((input, task) -> RenewalDecision.read(input))
        .records((task, decision) -> {
          task.getExecution().setVariable(RENEWAL_DECIDED_BY, CurrentUser.idOrNull());
          // what the rules read is what is recorded: a note is kept only with a renewal
          task.getExecution().setVariable(RENEWAL_NOTE, decision.note());
        });
  }
}
