package se.directioncycle.annual;

import static se.directioncycle.annual.AnnualAssessmentVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import se.directioncycle.council.MunicipalityRegistry;
import se.directioncycle.engine.EngineClock;

/** `ServiceTask_CompileAnnualPicture`: compiles and stores the year's picture and hands its text to the plan form. */
@Component
class CompileAnnualPictureDelegate implements JavaDelegate {

  private final AnnualPictureCompiler compiler;
  private final AnnualAssessmentService assessments;
  private final MunicipalityRegistry municipalities;

  CompileAnnualPictureDelegate(AnnualPictureCompiler compiler, AnnualAssessmentService assessments,
      MunicipalityRegistry municipalities) {
    this.compiler = compiler;
    this.assessments = assessments;
    this.municipalities = municipalities;
  }

  @Override
  public void execute(DelegateExecution execution) {
    AnnualPicture picture = compiler.compile(municipalities.get(municipality(execution)), year(execution));
    assessments.recordPicture(assessmentId(execution), picture, EngineClock.now());
    execution.setVariable(ANNUAL_PICTURE, AnnualPictureCompiler.variable(picture.summary()));
  }
}
