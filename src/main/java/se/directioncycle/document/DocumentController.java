package se.directioncycle.document;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import se.directioncycle.engine.EngineClock;
import se.directioncycle.engine.CurrentUser;
import se.directioncycle.web.ErrorResponses;

/**
 * `/api/documents` (HTTP Basic) and `/documents/<source>` (webapp session, for links in forms): the
 * public documents of the caller's own municipality, listed and downloaded.
 * Every download is logged; a document whose content no longer matches its checksum is not served.
 */
@RestController
@Tag(name = "Documents", description = "The public documents (PDF) of the caller's municipality: situation reports, "
    + "direction decisions and the rest, each kept with its SHA-256.")
class DocumentController {

  private static final Logger LOG = LoggerFactory.getLogger(DocumentController.class);

  record DocumentView(Long id, @Schema(implementation = PublicDocument.Kind.class) String kind, String title,
      String fileName, String sha256, @Schema(format = "date-time") String createdAt,
      @Schema(description = "Where to download it.", example = "/api/documents/42") String href) {
    static DocumentView of(PublicDocument d) {
      return new DocumentView(d.getId(), d.getKind().name(), d.getTitle(), d.getFileName(), d.getSha256(),
          d.getCreatedAt().toString(), "/api/documents/" + d.getId());
    }
  }

  private final PublicDocumentRepository documents;
  private final DocumentDownloadRepository downloads;
  private final IdentityService identityService;

  DocumentController(PublicDocumentRepository documents, DocumentDownloadRepository downloads,
      IdentityService identityService) {
    this.documents = documents;
    this.downloads = downloads;
    this.identityService = identityService;
  }

  @Operation(operationId = "listDocuments", summary = "List the documents of the caller's municipality, newest first")
  @GetMapping("/api/documents")
  List<DocumentView> list() {
    return documents.findByMunicipalityInOrderByIdDesc(CurrentUser.authenticated(identityService).getTenantIds()).stream()
        .map(DocumentView::of).toList();
  }

  @Operation(operationId = "downloadDocument", summary = "Download one document (PDF)",
      description = "Every download is logged with the caller.")
  @ApiResponse(responseCode = "200", description = "The PDF, as an attachment.", headers = @Header(name = "X-Content-SHA256",
      description = "The document's SHA-256, as listed."), content = @Content(mediaType = "application/pdf",
      schema = @Schema(types = "string", format = "binary")))
  @ApiResponse(responseCode = "404", description = "No such document, or another municipality's (which is not revealed).")
  @ApiResponse(responseCode = "500", description = "The stored document no longer matches its SHA-256 and is not served.")
  @GetMapping("/api/documents/{id}")
  ResponseEntity<?> download(@Parameter(description = "The document's id from the list.") @PathVariable String id) {
    return serve(id.matches("\\d{1,18}") ? documents.findById(Long.parseLong(id)) : Optional.empty());
  }

  /** The link used in Tasklist forms, e.g. `/documents/situation-report:42`; the webapp session logs in. */
  @GetMapping("/documents/{sourceKey}")
  ResponseEntity<?> downloadBySource(@PathVariable String sourceKey) {
    return serve(sourceKey.matches("[a-z_-]{1,40}:\\d{1,18}") ? documents.findBySourceKey(sourceKey) : Optional.empty());
  }

  /**
   * The decision with the documents of its quarter as an E-ARK CSIP / FGS 2.0 package (ZIP with METS),
   * for the municipality's e-archive. `id` is the decision document's id.
   */
  @Operation(operationId = "getArchivePackage", summary = "A direction decision with its quarter's documents, as an "
      + "archive package", description = "An E-ARK CSIP / FGS 2.0 package (ZIP with METS) for the municipality's "
          + "e-archive. Every document in it counts as downloaded.")
  @ApiResponse(responseCode = "200", description = "The ZIP, as an attachment.", content = @Content(
      mediaType = "application/zip", schema = @Schema(types = "string", format = "binary")))
  @ApiResponse(responseCode = "404", description = "No direction decision with that id that the caller may read.")
  @ApiResponse(responseCode = "500", description = "A document of the quarter no longer matches its SHA-256.")
  @GetMapping("/api/documents/{id}/archive-package")
  ResponseEntity<?> archivePackage(@Parameter(description = "The direction decision's document id.") @PathVariable String id) {
    Authentication caller = CurrentUser.authenticated(identityService);
    PublicDocument decision = (id.matches("\\d{1,18}") ? documents.findById(Long.parseLong(id)) : Optional.<PublicDocument>empty())
        .filter(d -> d.getKind() == PublicDocument.Kind.DIRECTION_DECISION)
        .filter(d -> caller.getTenantIds().contains(d.getMunicipality())).orElse(null);
    if (decision == null) {
      return ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(MediaType.APPLICATION_JSON)
          .body(ErrorResponses.body("NotFound", "Det finns inget inriktningsbeslut med det id:t som du får läsa."));
    }
    List<PublicDocument> quarter = documents.findByCycleIdOrderById(decision.getCycleId());
    if (!quarter.stream().allMatch(PublicDocument::isIntact)) {
      LOG.error("A document of cycle {} does not match its SHA-256; no archive package", decision.getCycleId());
      return ResponseEntity.status(HttpStatus.INTERNAL_SERVER_ERROR).contentType(MediaType.APPLICATION_JSON)
          .body(ErrorResponses.body("DocumentDamaged",
              "Ett dokument stämmer inte med sin kontrollsumma; paketet skapas inte. Kontakta administratören."));
    }
    String packageId = "inriktningscykeln-" + decision.getFileName().replace(".pdf", "");
    java.util.Map<String, String> description = new java.util.LinkedHashMap<>();
    description.put("titel", decision.getTitle());
    description.put("kommun", decision.getMunicipality());
    description.put("skapad", decision.getCreatedAt().toString());
    description.put("handlingar", String.join("; ", quarter.stream().map(PublicDocument::getTitle).toList()));
    byte[] zip = new ArchivePackage(packageId, decision.getTitle(), description, quarter, EngineClock.now()).zip();
    quarter.forEach(d -> downloads.save(new DocumentDownload(d.getId(), caller.getUserId(), EngineClock.now())));
    return ResponseEntity.ok().contentType(MediaType.parseMediaType("application/zip"))
        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(packageId + ".zip").build().toString())
        .body(zip);
  }

  private ResponseEntity<?> serve(Optional<PublicDocument> found) {
    Authentication caller = CurrentUser.authenticated(identityService);
    PublicDocument document = found.filter(d -> caller.getTenantIds().contains(d.getMunicipality())).orElse(null);
    if (document == null) {
      // another municipality's document is "not found", not "forbidden": its existence is not revealed
      return ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(MediaType.APPLICATION_JSON)
          .body(ErrorResponses.body("NotFound", "Dokumentet finns inte, eller så får du inte läsa det."));
    }
    if (!document.isIntact()) {
      LOG.error("Public document {} does not match its SHA-256; not served", document.getId());
      return ResponseEntity.status(HttpStatus.INTERNAL_SERVER_ERROR).contentType(MediaType.APPLICATION_JSON)
          .body(ErrorResponses.body("DocumentDamaged",
              "Dokumentet stämmer inte med sin kontrollsumma och lämnas inte ut. Kontakta administratören."));
    }
    downloads.save(new DocumentDownload(document.getId(), caller.getUserId(), EngineClock.now()));
    return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
        .header(HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment().filename(document.getFileName()).build().toString())
        .header("X-Content-SHA256", document.getSha256())
        .body(document.getContent());
  }


}
