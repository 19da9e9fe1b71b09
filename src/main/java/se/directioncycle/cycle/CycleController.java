package se.directioncycle.cycle;

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
 * `/api/cycles`: coordinators open a cycle by hand and list their municipality's cycles. Behind
 * HTTP Basic (see access/WebSecurityConfiguration); engine calls run as the caller, so authorizations and
 * tenant checks apply.
 */
@RestController
@RequestMapping("/api/cycles")
@Tag(name = "Cycles", description = "The quarterly direction cycle (kvartalscykel) of the caller's municipality.")
class CycleController {

  private static final Logger LOG = LoggerFactory.getLogger(CycleController.class);

  record StartCycleRequest(
      @Schema(requiredMode = RequiredMode.REQUIRED, minimum = "2020", maximum = "2100", example = "2027") Integer year,
      @Schema(requiredMode = RequiredMode.REQUIRED, minimum = "1", maximum = "4", example = "1") Integer quarter,
      @Schema(description = "The municipality's id. The administrator must give it; a coordinator may give only "
          + "their own, and can leave it out.", example = "alvkarleby") String municipality) {}

  record CycleView(String businessKey, String municipality, int year, int quarter,
      @Schema(implementation = CycleStatus.class) String status, String processInstanceId) {
    static CycleView of(Cycle cycle) {
      return new CycleView(cycle.getBusinessKey(), cycle.getMunicipality(), cycle.getQuarter().year(),
          cycle.getQuarter().quarter(), cycle.getStatus().name(), cycle.getProcessInstanceId());
    }
  }

  private final CycleStarter starter;
  private final CycleService cycles;
  private final IdentityService identityService;

  CycleController(CycleStarter starter, CycleService cycles, IdentityService identityService) {
    this.starter = starter;
    this.cycles = cycles;
    this.identityService = identityService;
  }

  @Operation(operationId = "startCycle", summary = "Start a quarterly cycle",
      description = "Coordinators only. Starts the cycle of the caller's municipality for that quarter as the caller.")
  @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(examples = @ExampleObject(
      value = "{\"year\": 2027, \"quarter\": 1}")))
  @ApiResponse(responseCode = "201", description = "Started.", content = @Content(schema = @Schema(ref = "Started")))
  @ApiResponse(responseCode = "400", description = "Bad input: a missing or non-integer year or quarter, a year outside "
      + "2020–2100, a quarter outside 1–4, or another municipality than the caller's.")
  @ApiResponse(responseCode = "403", description = "The caller is not a coordinator.")
  @ApiResponse(responseCode = "409", description = "The municipality already has a cycle for that quarter.")
  @PostMapping
  ResponseEntity<Map<String, Object>> start(@RequestBody StartCycleRequest request) {
    ProcessInstance instance = starter.start(request.municipality(), request.year(), request.quarter());
    return ResponseEntity.status(HttpStatus.CREATED).body(Map.of(
        "businessKey", instance.getBusinessKey(), "processInstanceId", instance.getId()));
  }

  @Operation(operationId = "listCycles", summary = "List the cycles of the caller's municipality, newest first")
  @GetMapping
  List<CycleView> list() {
    List<String> tenants = CurrentUser.tenants(identityService.getCurrentAuthentication());
    return cycles.ofMunicipalities(tenants).stream().map(CycleView::of).toList();
  }

  @ExceptionHandler(CycleAlreadyExistsException.class)
  ResponseEntity<Map<String, Object>> duplicate(CycleAlreadyExistsException e) {
    return ResponseEntity.status(HttpStatus.CONFLICT).body(ErrorResponses.body("CycleAlreadyExists", e.getMessage()));
  }

  @ExceptionHandler(HttpMessageNotReadableException.class)
  ResponseEntity<Map<String, Object>> unreadable(HttpMessageNotReadableException e) {
    return UnreadableRequest.answer(e, "Skicka JSON med «year» och «quarter», t.ex. {\"year\": 2027, \"quarter\": 1}.",
        Map.of("year", "År", "quarter", "Kvartal"));
  }

  @ExceptionHandler(AuthorizationException.class)
  ResponseEntity<Map<String, Object>> forbidden(AuthorizationException e) {
    LOG.info("Refused cycle start: {}", e.getMessage());
    return ResponseEntity.status(HttpStatus.FORBIDDEN).body(ErrorResponses.body("Forbidden",
        "Du har inte behörighet att starta en kvartalscykel. Det gör samordnaren."));
  }
}
