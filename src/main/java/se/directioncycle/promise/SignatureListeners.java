package se.directioncycle.promise;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The two signature tasks' listeners, referenced from the model by these bean names. */
@Configuration
class SignatureListeners {

  static final String COMMISSIONER_TASK = "UserTask_SignAsCommissioner";
  static final String POLICE_CHIEF_TASK = "UserTask_SignAsPoliceChief";

  @Bean
  SignatureTaskListener commissionerSignatureTaskListener(PromisePeriodService periods) {
    return new SignatureTaskListener(Signatory.COMMISSIONER, COMMISSIONER_TASK, periods);
  }

  @Bean
  SignatureTaskListener policeChiefSignatureTaskListener(PromisePeriodService periods) {
    return new SignatureTaskListener(Signatory.POLICE_CHIEF, POLICE_CHIEF_TASK, periods);
  }
}
