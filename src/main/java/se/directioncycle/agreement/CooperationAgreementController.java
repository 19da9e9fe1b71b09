package se.directioncycle.agreement;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.runtime.ProcessInstance;
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
import se.directioncycle.council.Municipality;
import se.directioncycle.council.MunicipalityRegistry;
import se.directioncycle.council.Role;
import se.directioncycle.engine.CurrentUser;
import se.directioncycle.web.ErrorResponses;
import se.directioncycle.web.UnreadableRequest;
import se.directioncycle.input.InputReader;

/**
 * `/api/municipalities/{municipality}/cooperation-agreements`: the municipality's people list its register (GET);
 * its coordinator registers an agreement (POST, which starts the `CooperationAgreement` process as the caller).
 * Behind HTTP Basic (access/WebSecurityConfiguration).
 */
@RestController
@RequestMapping("/api/municipalities/{municipality}/cooperation-agreements")
@Tag(name = "Cooperation agreements", description = "The register of a municipality's cooperation agreements with the "
    + "police (samverkansöverenskommelser).")
class CooperationAgreementController {

  private static final Logger LOG = LoggerFactory.getLogger(CooperationAgreementController.class);

  /** A refusal decided here, with its status and Swedish message. */
  static final class Refused extends RuntimeException {
    private final HttpStatus status;

    Refused(HttpStatus status, String message) {
      super(message);
      this.status = status;
    }
  }

  private final CooperationAgreementStarter starter;
  private final CooperationAgreementService agreements;
  private final CooperationAgreementProperties timing;
  private final MunicipalityRegistry municipalities;
  private final IdentityService identityService;

  CooperationAgreementController(CooperationAgreementStarter starter, CooperationAgreementService agreements,
      CooperationAgreementProperties timing, MunicipalityRegistry municipalities, IdentityService identityService) {
    this.starter = starter;
    this.agreements = agreements;
    this.timing = timing;
    this.municipalities = municipalities;
    this.identityService = identityService;
  }

  @Operation(operationId = "registerCooperationAgreement", summary = "Register an agreement",
      description = "The municipality's coordinator only. Starts the agreement's process as the caller; the renewal "
          + "task comes before it expires.")
  @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(examples = @ExampleObject(value = """
      {"title": "Samverkansöverenskommelse Kalix kommun och Polisen 2027–2029",
       "parties": "Kalix kommun, Polisen lokalpolisområde Östra Norrbotten",
       "validFrom": "2027-01-01", "validTo": "2029-12-31", "signedOn": "2026-12-01"}""")))
  @ApiResponse(responseCode = "201", description = "Registered.", content = @Content(schema = @Schema(ref = "Started")))
  @ApiResponse(responseCode = "400", description = "Bad input, every problem named in Swedish. Nothing is saved.")
  @ApiResponse(responseCode = "403", description = "The caller is not that municipality's coordinator.")
  @ApiResponse(responseCode = "404", description = "No such municipality.")
  @ApiResponse(responseCode = "409", description = "The municipality already has an agreement from that first day.")
  @PostMapping
  ResponseEntity<Map<String, Object>> register(@Parameter(description = "The municipality's id.", example = "kalix")
      @PathVariable("municipality") String municipalityId,
      @RequestBody CooperationAgreementStarter.Registration registration) {
    Municipality municipality = municipality(municipalityId);
    Authentication caller = CurrentUser.authenticated(identityService);
    List<String> groups = CurrentUser.groups(caller);
    if (!groups.contains(municipality.group(Role.COORDINATOR))) {
      LOG.info("Refused agreement registration for {}: caller is not its coordinator", municipality.id());
      throw new Refused(HttpStatus.FORBIDDEN, "Bara samordnaren i " + municipality.name()
          + " kan registrera kommunens samverkansöverenskommelser.");
    }
    ProcessInstance instance = starter.start(municipality.id(), registration);
    return ResponseEntity.status(HttpStatus.CREATED).body(Map.of(
        "businessKey", instance.getBusinessKey(), "processInstanceId", instance.getId()));
  }

  @Operation(operationId = "listCooperationAgreements", summary = "List the municipality's agreements, newest first",
      description = "For the municipality's own people. Each item has `businessKey`, `municipality`, `title`, "
          + "`parties`, `validFrom`, `validTo`, `signedOn`, `status`, `renewalDueAt`, `renewalOutcome` (`RENEWED`, "
          + "`NOT_RENEWED`), `renewalNote` and `processInstanceId`.")
  @ApiResponse(responseCode = "200", description = "The agreements.")
  @ApiResponse(responseCode = "403", description = "Another municipality than the caller's.")
  @ApiResponse(responseCode = "404", description = "No such municipality.")
  @GetMapping
  List<Map<String, Object>> list(@Parameter(description = "The municipality's id.", example = "kalix")
      @PathVariable("municipality") String municipalityId) {
    Municipality municipality = municipality(municipalityId);
    Authentication caller = CurrentUser.authenticated(identityService);
    if (!CurrentUser.tenants(caller).contains(municipality.id())) {
      throw new Refused(HttpStatus.FORBIDDEN, "Du kan bara se samverkansöverenskommelser för din egen kommun.");
    }
    return agreements.ofMunicipalities(List.of(municipality.id())).stream().map(this::view).toList();
  }

  private Map<String, Object> view(CooperationAgreement a) {
    Map<String, Object> view = new LinkedHashMap<>();
    view.put("businessKey", a.getBusinessKey());
    view.put("municipality", a.getMunicipality());
    view.put("title", a.getTitle());
    view.put("parties", a.getParties());
    view.put("validFrom", a.getValidFrom().toString());
    view.put("validTo", a.getValidTo().toString());
    view.put("signedOn", a.getSignedOn() == null ? null : a.getSignedOn().toString());
    view.put("status", a.getStatus().name());
    view.put("renewalDueAt", timing.renewalDueAt(a.getValidTo()).toString());
    view.put("renewalOutcome", a.getRenewalOutcome() == null ? null : a.getRenewalOutcome().name());
    view.put("renewalNote", a.getRenewalNote());
    view.put("processInstanceId", a.getProcessInstanceId());
    return view;
  }

  private Municipality municipality(String id) {
    return municipalities.find(id).orElseThrow(() -> new Refused(HttpStatus.NOT_FOUND,
        "Kommunen «" + InputReader.printable(id) + "» finns inte i systemet."));
  }

  @ExceptionHandler(Refused.class)
  ResponseEntity<Map<String, Object>> refused(Refused e) {
    return ResponseEntity.status(e.status).body(ErrorResponses.body("CooperationAgreementRefused", e.getMessage()));
  }

  @ExceptionHandler(CooperationAgreementAlreadyExistsException.class)
  ResponseEntity<Map<String, Object>> duplicate(CooperationAgreementAlreadyExistsException e) {
    return ResponseEntity.status(HttpStatus.CONFLICT)
        .body(ErrorResponses.body("CooperationAgreementAlreadyExists", e.getMessage()));
  }

  @ExceptionHandler(HttpMessageNotReadableException.class)
  ResponseEntity<Map<String, Object>> unreadable(HttpMessageNotReadableException e) {
    return UnreadableRequest.answer(e, "Skicka JSON med «title», «parties», «validFrom» och «validTo» (ÅÅÅÅ-MM-DD),"
        + " och om du vill «signedOn».", Map.of());
  }

  @ExceptionHandler(AuthorizationException.class)
  ResponseEntity<Map<String, Object>> forbidden(AuthorizationException e) {
    LOG.info("Refused agreement registration by the engine: {}", e.getMessage());
    return ResponseEntity.status(HttpStatus.FORBIDDEN).body(ErrorResponses.body("Forbidden",
        "Du har inte behörighet att registrera en samverkansöverenskommelse. Det gör samordnaren."));
  }
}
