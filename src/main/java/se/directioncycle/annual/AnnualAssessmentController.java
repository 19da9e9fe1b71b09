package se.directioncycle.annual;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.media.Schema.RequiredMode;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
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
@Tag(name = "Annual assessments", description = "The annual assessment (årlig bedömning): the year's situation picture "
    + "and action plan of the caller's municipality.")
class AnnualAssessmentController {

  private static final Logger LOG = LoggerFactory.getLogger(AnnualAssessmentController.class);

  @Schema(name = "StartAnnualAssessmentRequest")
  record StartRequest(
      @Schema(requiredMode = RequiredMode.REQUIRED, minimum = "2020", maximum = "2100", example = "2027") Integer year,
      @Schema(description = "The municipality's id. The administrator must give it; a coordinator may give only "
          + "their own, and can leave it out.", example = "kalix") String municipality) {}

  private final AnnualAssessmentStarter starter;
  private final AnnualAssessmentService assessments;
  private final IdentityService identityService;

  AnnualAssessmentController(AnnualAssessmentStarter starter, AnnualAssessmentService assessments,
      IdentityService identityService) {
    this.starter = starter;
    this.assessments = assessments;
    this.identityService = identityService;
  }

  @Operation(operationId = "startAnnualAssessment", summary = "Start the annual assessment of a year",
      description = "Coordinators only. Starts the caller's municipality's annual assessment as the caller.")
  @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(examples = @ExampleObject(
      value = "{\"year\": 2027}")))
  @ApiResponse(responseCode = "201", description = "Started.", content = @Content(schema = @Schema(ref = "Started")))
  @ApiResponse(responseCode = "400", description = "Bad input: a missing or non-integer year, a year outside 2020–2100, "
      + "or another municipality than the caller's.")
  @ApiResponse(responseCode = "403", description = "The caller is not a coordinator.")
  @ApiResponse(responseCode = "409", description = "The municipality already has an annual assessment for that year.")
  @PostMapping
  ResponseEntity<Map<String, Object>> start(@RequestBody StartRequest request) {
    ProcessInstance instance = starter.start(request.municipality(), request.year());
    return ResponseEntity.status(HttpStatus.CREATED).body(Map.of(
        "businessKey", instance.getBusinessKey(), "processInstanceId", instance.getId()));
  }

  @Operation(operationId = "listAnnualAssessments", summary = "List the annual assessments of the caller's municipality",
      description = "Newest year first. Each item has `businessKey`, `municipality`, `year`, `status` (`OPEN`, "
          + "`DECIDED`), `processInstanceId`, `quarterReports`, `decisionDate` and `protocolParagraph`.")
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
