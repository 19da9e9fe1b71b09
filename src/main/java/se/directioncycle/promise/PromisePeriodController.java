package se.directioncycle.promise;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import se.directioncycle.engine.CurrentUser;
import se.directioncycle.web.ErrorResponses;
import se.directioncycle.web.UnreadableRequest;

/**
 * `/api/citizen-promise-periods`: coordinators start their municipality's promise period and follow it, drafts
 * included. Behind HTTP Basic; the start runs as the caller, so authorizations and tenant checks apply, and the
 * reads are limited to the caller's municipalities.
 */
@RestController
@RequestMapping("/api/citizen-promise-periods")
class PromisePeriodController {

  private static final Logger LOG = LoggerFactory.getLogger(PromisePeriodController.class);

  record StartRequest(Integer startYear, String municipality) {}

  private final RuntimeService runtimeService;
  private final PromisePeriodRepository periods;
  private final PromiseView view;
  private final IdentityService identityService;

  PromisePeriodController(RuntimeService runtimeService, PromisePeriodRepository periods, PromiseView view,
      IdentityService identityService) {
    this.runtimeService = runtimeService;
    this.periods = periods;
    this.view = view;
    this.identityService = identityService;
  }

  @PostMapping
  ResponseEntity<Map<String, Object>> start(@RequestBody StartRequest request) {
    VariableMap variables = Variables.createVariables().putValue(CitizenPromiseVariables.START_YEAR, request.startYear());
    if (request.municipality() != null) {
      variables.putValue(CitizenPromiseVariables.MUNICIPALITY, request.municipality());
    }
    ProcessInstance instance = runtimeService.createProcessInstanceByKey(CitizenPromiseVariables.PROCESS_KEY)
        .setVariables(variables).execute();
    return ResponseEntity.status(HttpStatus.CREATED).body(Map.of(
        "businessKey", instance.getBusinessKey(), "processInstanceId", instance.getId()));
  }

  @GetMapping
  List<Map<String, Object>> list() {
    return periods.findByMunicipalityInOrderByStartYearDesc(tenants()).stream().map(view::summary).toList();
  }

  @GetMapping("/{businessKey}")
  ResponseEntity<Map<String, Object>> one(@PathVariable String businessKey) {
    return periods.findByBusinessKey(businessKey).filter(p -> tenants().contains(p.getMunicipality()))
        .<ResponseEntity<Map<String, Object>>>map(p -> ResponseEntity.ok(view.internal(p)))
        .orElseGet(() -> ResponseEntity.status(HttpStatus.NOT_FOUND).body(ErrorResponses.body("NotFound",
            "Det finns ingen löftesperiod med den nyckeln i din kommun.")));
  }

  private List<String> tenants() {
    return CurrentUser.tenants(CurrentUser.authenticated(identityService));
  }

  @ExceptionHandler(PromisePeriodAlreadyExistsException.class)
  ResponseEntity<Map<String, Object>> duplicate(PromisePeriodAlreadyExistsException e) {
    return ResponseEntity.status(HttpStatus.CONFLICT).body(ErrorResponses.body("PromisePeriodAlreadyExists",
        e.getMessage()));
  }

  @ExceptionHandler(HttpMessageNotReadableException.class)
  ResponseEntity<Map<String, Object>> unreadable(HttpMessageNotReadableException e) {
    return UnreadableRequest.answer(e, "Skicka JSON med «startYear», t.ex. {\"startYear\": 2027}.",
        Map.of("startYear", "Första året"));
  }

  @ExceptionHandler(AuthorizationException.class)
  ResponseEntity<Map<String, Object>> forbidden(AuthorizationException e) {
    LOG.info("Refused promise period start: {}", e.getMessage());
    return ResponseEntity.status(HttpStatus.FORBIDDEN).body(ErrorResponses.body("Forbidden",
        "Du har inte behörighet att starta medborgarlöften. Det gör samordnaren."));
  }
}
