package se.directioncycle.category;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.authorization.Groups;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import se.directioncycle.council.Municipality;
import se.directioncycle.council.MunicipalityRegistry;
import se.directioncycle.council.Role;
import se.directioncycle.engine.CurrentUser;
import se.directioncycle.input.InputReader;
import se.directioncycle.web.ErrorResponses;
import se.directioncycle.web.UnreadableRequest;

/**
 * `/api/municipalities/{municipality}/problem-categories`: the municipality's people read its categories; its
 * coordinator (or the administrator) adds its own, renames and retires them. Behind HTTP Basic.
 */
@RestController
@RequestMapping("/api/municipalities/{municipality}/problem-categories")
@Tag(name = "Problem categories", description = "The problem categories a municipality's forms offer: the national "
    + "list with the municipality's new names and retirements, and its own categories.")
class ProblemCategoryController {

  private static final Logger LOG = LoggerFactory.getLogger(ProblemCategoryController.class);

  @Schema(name = "AddProblemCategoryRequest")
  record AddRequest(
      @Schema(description = "The category's name, at most 80 characters.", example = "Mopedstölder",
          requiredMode = Schema.RequiredMode.REQUIRED, maxLength = ProblemCategories.MAX_LABEL) String label,
      @Schema(description = "Its code, `A–Z`, digits and `_`, 2–40 characters; made from the name when left out.",
          example = "MOPEDSTOLDER", pattern = ProblemCategories.CODE_PATTERN) String code) {}

  @Schema(name = "ChangeProblemCategoryRequest")
  record ChangeRequest(
      @Schema(description = "A new name, at most 80 characters; left out, the name stays.", example = "Klotter och tags",
          maxLength = ProblemCategories.MAX_LABEL) String label,
      @Schema(description = "Whether the category is retired after the change: `true` retires it (new forms no longer "
          + "offer it; what was recorded keeps it), `false` keeps or brings it back.", example = "false",
          requiredMode = Schema.RequiredMode.REQUIRED) Boolean retired) {}

  private final ProblemCategories categories;
  private final MunicipalityRegistry municipalities;
  private final IdentityService identityService;

  ProblemCategoryController(ProblemCategories categories, MunicipalityRegistry municipalities,
      IdentityService identityService) {
    this.categories = categories;
    this.municipalities = municipalities;
    this.identityService = identityService;
  }

  @Operation(operationId = "listProblemCategories", summary = "List the municipality's problem categories",
      description = "For the municipality's own people. Each item has `code`, `label`, `national` and `retired`; "
          + "retired ones are listed too (what was recorded with them keeps them).")
  @ApiResponse(responseCode = "200", description = "The categories, in the order forms list them.")
  @ApiResponse(responseCode = "403", description = "Another municipality than the caller's.")
  @ApiResponse(responseCode = "404", description = "No such municipality.")
  @GetMapping
  List<ProblemCategory> list(@Parameter(description = "The municipality's id.", example = "kalix")
      @PathVariable("municipality") String municipalityId) {
    Municipality municipality = municipality(municipalityId);
    Authentication caller = CurrentUser.authenticated(identityService);
    if (!isAdmin(caller) && !CurrentUser.tenants(caller).contains(municipality.id())) {
      throw new Refused(HttpStatus.FORBIDDEN, "Du kan bara se problemkategorierna för din egen kommun.");
    }
    return categories.all(municipality.id());
  }

  @Operation(operationId = "addProblemCategory", summary = "Add a category of the municipality's own",
      description = "The municipality's coordinator or the administrator. New forms offer it at once.")
  @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(examples = @ExampleObject(
      value = "{\"label\": \"Mopedstölder\"}")))
  @ApiResponse(responseCode = "201", description = "Added.")
  @ApiResponse(responseCode = "400", description = "A missing or too long name, or a malformed code.")
  @ApiResponse(responseCode = "403", description = "The caller is not that municipality's coordinator.")
  @ApiResponse(responseCode = "404", description = "No such municipality.")
  @ApiResponse(responseCode = "409", description = "The name or code is already used by one of its categories.")
  @PostMapping
  ResponseEntity<ProblemCategory> add(@Parameter(description = "The municipality's id.", example = "kalix")
      @PathVariable("municipality") String municipalityId, @RequestBody AddRequest request) {
    Municipality municipality = mayChange(municipalityId);
    ProblemCategory added = categories.add(municipality.id(), request.label(), request.code(), callerId());
    LOG.info("Problem category {} added for {}", added.code(), municipality.id());
    return ResponseEntity.status(HttpStatus.CREATED).body(added);
  }

  @Operation(operationId = "changeProblemCategory", summary = "Rename, retire or bring back a category",
      description = "The municipality's coordinator or the administrator; national categories too (the change "
          + "counts for this municipality only). Stored data keeps its code and shows the current name.")
  @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(examples = @ExampleObject(
      value = "{\"label\": \"Klotter och tags\", \"retired\": false}")))
  @ApiResponse(responseCode = "200", description = "Changed.")
  @ApiResponse(responseCode = "400", description = "No `retired`, an empty or too long name, or retiring «Övrigt».")
  @ApiResponse(responseCode = "403", description = "The caller is not that municipality's coordinator.")
  @ApiResponse(responseCode = "404", description = "No such municipality or category.")
  @ApiResponse(responseCode = "409", description = "Another category already has that name.")
  @PatchMapping("/{code}")
  ProblemCategory change(@Parameter(description = "The municipality's id.", example = "kalix")
      @PathVariable("municipality") String municipalityId,
      @Parameter(description = "The category's code.", example = "KLOTTER") @PathVariable("code") String code,
      @RequestBody ChangeRequest request) {
    Municipality municipality = mayChange(municipalityId);
    ProblemCategory changed = categories.change(municipality.id(), code, request.label(), request.retired(),
        callerId()).orElseThrow(() -> new Refused(HttpStatus.NOT_FOUND, "Kategorin «" + InputReader.printable(code)
        + "» finns inte i " + municipality.name() + "."));
    LOG.info("Problem category {} changed for {}", changed.code(), municipality.id());
    return changed;
  }

  private Municipality mayChange(String municipalityId) {
    Municipality municipality = municipality(municipalityId);
    Authentication caller = CurrentUser.authenticated(identityService);
    List<String> groups = CurrentUser.groups(caller);
    if (!isAdmin(caller) && !groups.contains(municipality.group(Role.COORDINATOR))) {
      LOG.info("Refused a problem-category change for {}: caller is not its coordinator", municipality.id());
      throw new Refused(HttpStatus.FORBIDDEN, "Bara samordnaren i " + municipality.name()
          + " kan ändra kommunens problemkategorier.");
    }
    return municipality;
  }

  private String callerId() {
    return CurrentUser.authenticated(identityService).getUserId();
  }

  private static boolean isAdmin(Authentication caller) {
    return CurrentUser.groups(caller).contains(Groups.CAMUNDA_ADMIN);
  }

  private Municipality municipality(String id) {
    return municipalities.find(id).orElseThrow(() -> new Refused(HttpStatus.NOT_FOUND,
        "Kommunen «" + InputReader.printable(id) + "» finns inte i systemet."));
  }

  /** A refusal decided here, with its status and Swedish message. */
  static final class Refused extends RuntimeException {
    private final HttpStatus status;

    Refused(HttpStatus status, String message) {
      super(message);
      this.status = status;
    }
  }

  @ExceptionHandler(Refused.class)
  ResponseEntity<Map<String, Object>> refused(Refused e) {
    return ResponseEntity.status(e.status).body(ErrorResponses.body("ProblemCategoryRefused", e.getMessage()));
  }

  @ExceptionHandler(CategoryConflictException.class)
  ResponseEntity<Map<String, Object>> conflict(CategoryConflictException e) {
    return ResponseEntity.status(HttpStatus.CONFLICT).body(ErrorResponses.body("ProblemCategoryExists",
        e.getMessage()));
  }

  @ExceptionHandler(HttpMessageNotReadableException.class)
  ResponseEntity<Map<String, Object>> unreadable(HttpMessageNotReadableException e) {
    return UnreadableRequest.answer(e, "Skicka JSON med «label» (namnet) och om du vill «code», eller vid ändring "
        + "«retired» (true/false) och om du vill ett nytt «label».", Map.of("label", "Namn", "code", "Kod", "retired", "Borttagen"));
  }
}
