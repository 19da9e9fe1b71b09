package se.directioncycle.promise;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.media.Schema.RequiredMode;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
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
@Tag(name = "Citizen promises", description = "The citizen-promise periods (medborgarlöften) of the caller's "
    + "municipality, drafts included. The published promises are also open data, without login, at "
    + "`/open-data/citizen-promises` (not described here).")
class PromisePeriodController {

  private static final Logger LOG = LoggerFactory.getLogger(PromisePeriodController.class);

  @Schema(name = "StartPromisePeriodRequest")
  record StartRequest(
      @Schema(description = "The period's first month, `YYYY-MM`, from 2015-01.", example = "2024-09",
          pattern = PeriodMonths.PATTERN, requiredMode = Schema.RequiredMode.REQUIRED) String firstMonth,
      @Schema(description = "The period's length in months, 12–36 (one to three years); the last month follows: "
          + "2024-09 and 24 months run to 2026-08.", minimum = "12", maximum = "36", example = "24",
          requiredMode = Schema.RequiredMode.REQUIRED)
      Integer lengthInMonths,
      @Schema(description = "The municipality's id. The administrator must give it; a coordinator may give only "
          + "their own, and can leave it out.", example = "kalix") String municipality) {}

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

  @Operation(operationId = "startPromisePeriod", summary = "Start a citizen-promise period",
      description = "Coordinators only. Starts the caller's municipality's period as the caller.")
  @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(examples = @ExampleObject(
      value = "{\"firstMonth\": \"2024-09\", \"lengthInMonths\": 24}")))
  @ApiResponse(responseCode = "201", description = "Started.", content = @Content(schema = @Schema(ref = "Started")))
  @ApiResponse(responseCode = "400", description = "Bad input: a missing or malformed first month, a first month "
      + "before 2015-01, a length outside 12–36 months, or another municipality than the caller's.")
  @ApiResponse(responseCode = "403", description = "The caller is not a coordinator.")
  @ApiResponse(responseCode = "409", description = "The municipality already has a period starting that year.")
  @PostMapping
  ResponseEntity<Map<String, Object>> start(@RequestBody StartRequest request) {
    VariableMap variables = Variables.createVariables();
    variables.putValue(CitizenPromiseVariables.FIRST_MONTH, request.firstMonth());
    variables.putValue(CitizenPromiseVariables.LENGTH_IN_MONTHS, request.lengthInMonths());
    if (request.municipality() != null) {
      variables.putValue(CitizenPromiseVariables.MUNICIPALITY, request.municipality());
    }
    ProcessInstance instance = runtimeService.createProcessInstanceByKey(CitizenPromiseVariables.PROCESS_KEY)
        .setVariables(variables).execute();
    return ResponseEntity.status(HttpStatus.CREATED).body(Map.of(
        "businessKey", instance.getBusinessKey(), "processInstanceId", instance.getId()));
  }

  @Operation(operationId = "listPromisePeriods", summary = "List the periods of the caller's municipalities",
      description = "Drafts included, newest first. Each item has `businessKey`, `municipality`, `municipalityName`, "
          + "`period`, `startYear`, `endYear`, `status` and `publishedAt`, among others (docs/citizen-promises.md).")
  @GetMapping
  List<Map<String, Object>> list() {
    return periods.findByMunicipalityInOrderByStartYearDesc(tenants()).stream().map(view::summary).toList();
  }

  @Operation(operationId = "getPromisePeriod", summary = "One period, with its dialogues, analysis, review and signatures",
      description = "The period with dialogues, analysis, review comment, refusal reason, whether each has signed, "
          + "themes, commitments and follow-ups.")
  @ApiResponse(responseCode = "200", description = "The period.")
  @ApiResponse(responseCode = "404", description = "No period with that key in the caller's municipalities.")
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
    return UnreadableRequest.answer(e, "Skicka JSON med «firstMonth» och «lengthInMonths», t.ex. "
        + "{\"firstMonth\": \"2024-09\", \"lengthInMonths\": 24}.",
        Map.of("firstMonth", "Första månad", "lengthInMonths", "Antal månader"));
  }

  @ExceptionHandler(AuthorizationException.class)
  ResponseEntity<Map<String, Object>> forbidden(AuthorizationException e) {
    LOG.info("Refused promise period start: {}", e.getMessage());
    return ResponseEntity.status(HttpStatus.FORBIDDEN).body(ErrorResponses.body("Forbidden",
        "Du har inte behörighet att starta medborgarlöften. Det gör samordnaren."));
  }
}
