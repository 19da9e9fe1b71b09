package se.directioncycle.annual;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import se.directioncycle.engine.CurrentUser;
import se.directioncycle.web.ErrorResponses;
import se.directioncycle.web.UnreadableRequest;

/**
 * `/api/annual-assessments`: coordinators start their municipality's annual assessment and list them.
 * Behind HTTP Basic; engine calls run as the caller, so authorizations and tenant checks apply.
 */
@RestController
@RequestMapping("/api/annual-assessments")
class AnnualAssessmentController {

  private static final Logger LOG = LoggerFactory.getLogger(AnnualAssessmentController.class);

  record StartRequest(Integer year, String municipality) {}

  private final AnnualAssessmentStarter starter;
  private final AnnualAssessmentService assessments;
  private final IdentityService identityService;

  AnnualAssessmentController(AnnualAssessmentStarter starter, AnnualAssessmentService assessments,
      IdentityService identityService) {
    this.starter = starter;
    this.assessments = assessments;
    this.identityService = identityService;
  }

  @PostMapping
  ResponseEntity<Map<String, Object>> start(@RequestBody StartRequest request) {
    ProcessInstance instance = starter.start(request.municipality(), request.year());
    return ResponseEntity.status(HttpStatus.CREATED).body(Map.of(
        "businessKey", instance.getBusinessKey(), "processInstanceId", instance.getId()));
  }

  @GetMapping
  List<Map<String, Object>> list() {
    List<String> tenants = CurrentUser.tenants(identityService.getCurrentAuthentication());
    return assessments.ofMunicipalities(tenants).stream().map(AnnualAssessmentController::view).toList();
  }

  private static Map<String, Object> view(AnnualAssessment a) {
    Map<String, Object> view = new LinkedHashMap<>();
    view.put("businessKey", a.getBusinessKey());
    view.put("municipality", a.getMunicipality());
    view.put("year", a.getYear());
    view.put("status", a.getStatus().name());
    view.put("processInstanceId", a.getProcessInstanceId());
    view.put("quarterReports", a.getQuarterReports());
    view.put("decisionDate", a.getDecisionDate() == null ? null : a.getDecisionDate().toString());
    view.put("protocolParagraph", a.getProtocolParagraph());
    return view;
  }

  @ExceptionHandler(AnnualAssessmentAlreadyExistsException.class)
  ResponseEntity<Map<String, Object>> duplicate(AnnualAssessmentAlreadyExistsException e) {
    return ResponseEntity.status(HttpStatus.CONFLICT)
        .body(ErrorResponses.body("AnnualAssessmentAlreadyExists", e.getMessage()));
  }

  @ExceptionHandler(HttpMessageNotReadableException.class)
  ResponseEntity<Map<String, Object>> unreadable(HttpMessageNotReadableException e) {
    return UnreadableRequest.answer(e, "Skicka JSON med «year», t.ex. {\"year\": 2027}.", Map.of("year", "År"));
  }

  @ExceptionHandler(AuthorizationException.class)
  ResponseEntity<Map<String, Object>> forbidden(AuthorizationException e) {
    LOG.info("Refused annual assessment start: {}", e.getMessage());
    return ResponseEntity.status(HttpStatus.FORBIDDEN).body(ErrorResponses.body("Forbidden",
        "Du har inte behörighet att starta en årlig bedömning. Det gör samordnaren."));
  }
}
