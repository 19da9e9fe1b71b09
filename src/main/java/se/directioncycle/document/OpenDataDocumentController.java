package se.directioncycle.document;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import se.directioncycle.promise.PromiseDocument;
import se.directioncycle.promise.PromisePeriodService;
import se.directioncycle.web.ErrorResponses;
import se.directioncycle.throttle.RateLimited;

/**
 * `/open-data/citizen-promises/<business key>/documents/<document>.pdf`: the signed promises and the feedback report
 * of a published period, without login (they are public, and the open data links them). Only the promise
 * period's documents are served here, and only once the period is published; anything else is 404, exactly as for
 * a period that does not exist. Anonymous downloads have nobody to log: they are counted
 * (`directioncycle_open_data_downloads_total{document}`) instead of writing a row per request.
 */
@RestController
class OpenDataDocumentController {

  private static final Logger LOG = LoggerFactory.getLogger(OpenDataDocumentController.class);
  private static final CacheControl CACHE = CacheControl.maxAge(Duration.ofMinutes(5)).cachePublic();

  private final PromisePeriodService periods;
  private final PublicDocumentRepository documents;
  private final MeterRegistry meters;

  OpenDataDocumentController(PromisePeriodService periods, PublicDocumentRepository documents, MeterRegistry meters) {
    this.periods = periods;
    this.documents = documents;
    this.meters = meters;
  }

  @RateLimited
  @GetMapping("/open-data/citizen-promises/{businessKey}/documents/{name}.pdf")
  ResponseEntity<?> download(@PathVariable String businessKey, @PathVariable String name) {
    Optional<PromiseDocument> kind = PromiseDocument.fromSlug(name);
    PublicDocument document = kind.flatMap(k -> periods.published(businessKey)
            .filter(k::madeFor)
            .flatMap(period -> documents.findBySourceKey(k.sourceKey(period.getId()))
                .filter(d -> period.getId().equals(d.getPromisePeriodId()))))
        .orElse(null);
    if (document == null) {
      return ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(MediaType.APPLICATION_JSON)
          .body(ErrorResponses.body("NotFound", "Det finns inget publicerat dokument med den adressen."));
    }
    if (!document.isIntact()) {
      LOG.error("Public document {} does not match its SHA-256; not served as open data", document.getId());
      return ResponseEntity.status(HttpStatus.INTERNAL_SERVER_ERROR).contentType(MediaType.APPLICATION_JSON)
          .body(ErrorResponses.body("DocumentDamaged",
              "Dokumentet stämmer inte med sin kontrollsumma och lämnas inte ut. Kontakta kommunen."));
    }
    meters.counter("directioncycle.open.data.downloads", "document", kind.get().slug()).increment();
    return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF).cacheControl(CACHE)
        .header(HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.inline().filename(document.getFileName()).build().toString())
        .header("X-Content-SHA256", document.getSha256())
        .body(document.getContent());
  }
}
