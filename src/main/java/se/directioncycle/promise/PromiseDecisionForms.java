package se.directioncycle.promise;

import static se.directioncycle.promise.CitizenPromiseVariables.*;

import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import se.directioncycle.engine.CurrentUser;
import se.directioncycle.engine.EngineClock;
import se.directioncycle.taskform.TaskForm;

/** How the draft becomes promises: the steering group's review and the two signatures. */
@Configuration
class PromiseDecisionForms {

  /**
   * An answer that either agrees or gives a reason why not: the form shows the reason only when it does not agree,
   * and requires it there; it is read only then.
   */
  record Answer(boolean agrees, String reason) {}

  @Bean
  TaskForm<Answer> reviewPromises(PromisePeriodService periods) {
    return TaskForm.form("review-promises", REVIEW_DECISION, REVIEW_COMMENT)
        .reads((input, task) -> {
          String choice = input.choice(REVIEW_DECISION, "Styrgruppens beslut", List.of(REVIEW_APPROVES,
              REVIEW_RETURNS), true);
          boolean returned = REVIEW_RETURNS.equals(choice);
          return new Answer(REVIEW_APPROVES.equals(choice),
              returned ? input.text(REVIEW_COMMENT, "Kommentar", 4000, true) : null);
        })
        .records((task, review) -> periods.recordReview(periodId(task), review.agrees(), review.reason()));
  }

  /** One form for both signatories; each task names its signatory in the model (input parameter `signatory`). */
  @Bean
  TaskForm<Answer> signPromises(PromisePeriodService periods) {
    return TaskForm.form("sign-promises", SIGNATURE, REFUSAL_REASON)
        .reads((input, task) -> {
          String choice = input.choice(SIGNATURE, "Underskrift", List.of(SIGNS, REFUSES), true);
          boolean refused = REFUSES.equals(choice);
          return new Answer(SIGNS.equals(choice), refused ? input.text(REFUSAL_REASON, "Skäl", 4000, true) : null);
        })
        .records((task, answer) -> {
          Signatory signatory = Signatory.valueOf((String) task.getVariable(SIGNATORY));
          if (answer.agrees()) {
            periods.recordSignature(periodId(task), signatory, CurrentUser.idOrNull(), EngineClock.now());
          } else {
            periods.recordRefusal(periodId(task), signatory, answer.reason());
          }
        });
  }
}
