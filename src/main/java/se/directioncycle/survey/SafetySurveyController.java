package se.directioncycle.survey;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import se.directioncycle.council.Municipality;
import se.directioncycle.council.MunicipalityRegistry;
import se.directioncycle.council.Role;
import se.directioncycle.privacy.SmallCounts;
import se.directioncycle.engine.CurrentUser;
import se.directioncycle.web.ErrorResponses;
import se.directioncycle.input.InputReader;

/**
 * `/api/municipalities/{municipality}/safety-surveys/{year}`: the municipality's coordinator uploads the
 * year's survey as CSV (POST, replaces an earlier import of the year only if the new file is valid), and the
 * municipality's people read the stored aggregates (GET). Behind HTTP Basic (access/WebSecurityConfiguration).
 */
@RestController
@RequestMapping("/api/municipalities/{municipality}/safety-surveys/{year}")
@Tag(name = "Safety surveys", description = "A municipality's yearly safety survey (trygghetsmätning): the CSV import "
    + "and the stored aggregates. File format: docs/safety-survey-format.md.")
class SafetySurveyController {

  private static final Logger LOG = LoggerFactory.getLogger(SafetySurveyController.class);
  private static final int MIN_YEAR = 2000;
  private static final int MAX_YEAR = 2100;

  /** A refusal with a status and a Swedish message; problems only for a refused file. */
  static final class Refused extends RuntimeException {
    private final HttpStatus status;
    private final transient SafetySurveyParser.Result result;

    Refused(HttpStatus status, String message, SafetySurveyParser.Result result) {
      super(message);
      this.status = status;
      this.result = result;
    }
  }

  private final MunicipalityRegistry municipalities;
  private final SafetySurveys surveys;
  private final IdentityService identityService;
  private final SafetySurveyParser parser = new SafetySurveyParser();

  SafetySurveyController(MunicipalityRegistry municipalities, SafetySurveys surveys, IdentityService identityService) {
    this.municipalities = municipalities;
    this.surveys = surveys;
    this.identityService = identityService;
  }

  @Operation(operationId = "importSafetySurvey", summary = "Import the year's survey as a CSV file",
      description = "The municipality's coordinator only. The whole file is checked first: on any error nothing is "
          + "stored and an earlier import of the year stays as it was; a valid file replaces it. Send the file as it "
          + "is (`curl --data-binary`, not `-d`).",
      requestBody = @RequestBody(required = true, description = "Semicolon CSV in UTF-8, as Swedish Excel saves it, at "
          + "most 5 MB.", content = @Content(mediaType = "text/csv", schema = @Schema(types = "string"),
          examples = @ExampleObject(value = "år;område;fråga;andel_procent;antal_svar\n"
              + "2024;Hela kommunen;TRYGG_KVALL;68,4;412\n"))))
  @ApiResponse(responseCode = "201", description = "Stored: `municipality`, `year`, `rowCount`, `suppressedRows`, "
      + "`sha256`, `importedAt`, `replacedEarlierImport` and a Swedish `message`.")
  @ApiResponse(responseCode = "400", description = "The file has errors (listed in `errors` with line and column), or "
      + "the year is not 2000–2100. Nothing is stored.")
  @ApiResponse(responseCode = "403", description = "The caller is not that municipality's coordinator.")
  @ApiResponse(responseCode = "404", description = "No such municipality.")
  @ApiResponse(responseCode = "409", description = "Another import of the same year ran at the same time; try again.")
  @ApiResponse(responseCode = "413", description = "The file is over 5 MB. Nothing is stored.")
  @PostMapping
  ResponseEntity<Map<String, Object>> upload(
      @Parameter(description = "The municipality's id.", example = "kalix") @PathVariable("municipality") String municipalityId,
      @Parameter(description = "The survey's year, 2000–2100.", example = "2024") @PathVariable("year") String yearText,
      HttpServletRequest request) throws IOException {
    Municipality municipality = municipality(municipalityId);
    int year = year(yearText);
    Authentication caller = CurrentUser.authenticated(identityService);
    if (!groups(caller).contains(municipality.group(Role.COORDINATOR))) {
      LOG.info("Refused safety-survey import for {} {}: caller is not its coordinator", municipality.id(), year);
      throw new Refused(HttpStatus.FORBIDDEN, "Bara samordnaren i " + municipality.name()
          + " kan importera kommunens trygghetsmätning.", null);
    }
    byte[] content = readAtMost(request, parser.maxBytes() + 1);
    SafetySurveyParser.Result result = parser.parse(content, year, municipality.name(), municipality.areas());
    if (!result.valid()) {
      LOG.info("Refused safety-survey file for {} {}: {} problem(s), {} bytes", municipality.id(), year,
          result.problemCount(), content.length);
      HttpStatus status = content.length > parser.maxBytes() ? HttpStatus.PAYLOAD_TOO_LARGE : HttpStatus.BAD_REQUEST;
      throw new Refused(status, "Filen togs inte emot: " + (result.problemCount() == 1 ? "1 fel" : result.problemCount() + " fel")
          + ". Inget har sparats" + "; en tidigare import av " + year + " finns kvar oförändrad. Rätta felen och skicka hela filen igen.", result);
    }
    SafetySurveys.Stored stored = surveys.replace(municipality.id(), year, result.rows(), content, caller.getUserId());
    SafetySurvey survey = stored.survey();
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("municipality", municipality.id());
    body.put("year", year);
    body.put("rowCount", survey.getRowCount());
    body.put("suppressedRows", survey.getRows().stream().filter(SafetySurveyRow::isSuppressed).count());
    body.put("sha256", survey.getFileSha256());
    body.put("importedAt", survey.getImportedAt().toString());
    body.put("replacedEarlierImport", stored.replacedEarlier());
    body.put("message", "Trygghetsmätningen " + year + " för " + municipality.name() + " är sparad: " + survey.getRowCount() + " rader"
        + (stored.replacedEarlier() ? ", som ersätter den tidigare importen." : "."));
    return ResponseEntity.status(HttpStatus.CREATED).body(body);
  }

  @Operation(operationId = "getSafetySurvey", summary = "The stored aggregates of the year's survey",
      description = "For the municipality's own people: `municipality`, `year`, `importedAt`, `importedBy`, `sha256`, "
          + "`rowCount` and `rows`, each with `area`, `question`, `questionLabel`, `suppressed`, `sharePercent`, "
          + "`respondents` and `respondentsShown`. Rows with too few respondents show neither share nor count.")
  @ApiResponse(responseCode = "200", description = "The survey.")
  @ApiResponse(responseCode = "400", description = "The year is not 2000–2100.")
  @ApiResponse(responseCode = "403", description = "Another municipality than the caller's.")
  @ApiResponse(responseCode = "404", description = "No such municipality, or no survey imported for that year.")
  @GetMapping
  Map<String, Object> read(
      @Parameter(description = "The municipality's id.", example = "kalix") @PathVariable("municipality") String municipalityId,
      @Parameter(description = "The survey's year, 2000–2100.", example = "2024") @PathVariable("year") String yearText) {
    Municipality municipality = municipality(municipalityId);
    int year = year(yearText);
    Authentication caller = CurrentUser.authenticated(identityService);
    if (!CurrentUser.tenants(caller).contains(municipality.id())) {
      throw new Refused(HttpStatus.FORBIDDEN, "Du kan bara se trygghetsmätningar för din egen kommun.", null);
    }
    SafetySurvey survey = surveys.find(municipality.id(), year).orElseThrow(() -> new Refused(HttpStatus.NOT_FOUND,
        "Ingen trygghetsmätning för " + year + " är importerad för " + municipality.name() + ".", null));
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("municipality", municipality.id());
    body.put("year", survey.getYear());
    body.put("importedAt", survey.getImportedAt().toString());
    body.put("importedBy", survey.getImportedBy());
    body.put("sha256", survey.getFileSha256());
    body.put("rowCount", survey.getRowCount());
    body.put("rows", survey.getRows().stream().map(SafetySurveyController::row).toList());
    return body;
  }

  /** Rows under the small-count threshold keep their flag but show neither share nor count. */
  private static Map<String, Object> row(SafetySurveyRow row) {
    Map<String, Object> view = new LinkedHashMap<>();
    view.put("area", row.getArea());
    view.put("question", row.getQuestion().name());
    view.put("questionLabel", row.getQuestion().label());
    view.put("suppressed", row.isSuppressed());
    BigDecimal share = row.isSuppressed() ? null : row.getSharePercent();
    view.put("sharePercent", share);
    view.put("respondents", row.isSuppressed() ? null : row.getRespondents());
    view.put("respondentsShown", SmallCounts.display(row.getRespondents()));
    return view;
  }

  private Municipality municipality(String id) {
    return municipalities.find(id).orElseThrow(() -> new Refused(HttpStatus.NOT_FOUND,
        "Kommunen «" + InputReader.printable(id) + "» finns inte i systemet.", null));
  }

  private static int year(String text) {
    if (text.matches("\\d{4}")) {
      int year = Integer.parseInt(text);
      if (year >= MIN_YEAR && year <= MAX_YEAR) {
        return year;
      }
    }
    throw new Refused(HttpStatus.BAD_REQUEST, "Året i adressen måste vara ett årtal mellan " + MIN_YEAR + " och " + MAX_YEAR + ".", null);
  }

  private static List<String> groups(Authentication caller) {
    return CurrentUser.groups(caller);
  }

  /** Reads the body but never more than {@code limit} bytes, so an oversized upload costs bounded memory. */
  private static byte[] readAtMost(HttpServletRequest request, int limit) throws IOException {
    try (InputStream in = request.getInputStream()) {
      return in.readNBytes(limit);
    }
  }

  @ExceptionHandler(Refused.class)
  ResponseEntity<Map<String, Object>> refused(Refused e) {
    Map<String, Object> body = ErrorResponses.body("SafetySurveyRefused", e.getMessage());
    if (e.result != null) {
      body.put("errors", e.result.problems());
      body.put("moreErrors", e.result.unlistedProblems());
    }
    return ResponseEntity.status(e.status).body(body);
  }

  @ExceptionHandler(DataIntegrityViolationException.class)
  ResponseEntity<Map<String, Object>> concurrent(DataIntegrityViolationException e) {
    LOG.warn("Safety-survey import collided with another import of the same year: {}", e.getMostSpecificCause().getClass().getSimpleName());
    return ResponseEntity.status(HttpStatus.CONFLICT).body(ErrorResponses.body("SafetySurveyRefused",
        "En annan import av samma år pågick samtidigt. Inget har sparats från din fil; försök igen."));
  }
}
