package se.directioncycle.promise;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;
import se.directioncycle.council.Municipality;
import se.directioncycle.council.MunicipalityRegistry;
import se.directioncycle.input.InputReader;
import se.directioncycle.throttle.RateLimited;

/**
 * `/medborgarloften/{municipality}`: a municipality's citizen promises as a page anyone can open, in Swedish,
 * without login, cookies or scripts: the promises in force first, then earlier periods, each commitment with its
 * parties and its progress year by year, and the PDFs. The same published data as the open-data JSON
 * ({@link OpenDataController}); drafts never appear.
 */
@RestController
@RateLimited
class PublicPromisePage {

  private static final CacheControl CACHE = CacheControl.maxAge(Duration.ofMinutes(5)).cachePublic();
  private static final MediaType HTML = new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8);

  private final PromisePeriodRepository periods;
  private final PromiseView view;
  private final MunicipalityRegistry municipalities;
  private final TemplateEngine templates = new TemplateEngine();
  private final String stylesheet;

  PublicPromisePage(PromisePeriodRepository periods, PromiseView view, MunicipalityRegistry municipalities) {
    this.periods = periods;
    this.view = view;
    this.municipalities = municipalities;
    ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
    resolver.setPrefix("public/");
    resolver.setSuffix(".html");
    resolver.setTemplateMode(TemplateMode.HTML);
    resolver.setCharacterEncoding("UTF-8");
    templates.setTemplateResolver(resolver);
    try {
      stylesheet = new ClassPathResource("public/citizen-promises.css").getContentAsString(StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @GetMapping("/medborgarloften/{municipality}")
  ResponseEntity<String> page(@PathVariable("municipality") String id) {
    Municipality municipality = municipalities.find(id).orElse(null);
    Context context = new Context();
    if (municipality == null) {
      context.setVariable("unknown", InputReader.printable(id));
      return ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(HTML)
          .body(templates.process("citizen-promises", context));
    }
    // published only (in force or closed), newest first; the one in force leads the page
    List<Map<String, Object>> published = periods.findByMunicipalityAndStatusInOrderByStartYearDesc(municipality.id(),
        PromisePeriodStatus.PUBLISHED).stream().map(view::published).toList();
    context.setVariable("municipality", municipality.name());
    List<Map<String, Object>> shown = new java.util.ArrayList<>(published.stream()
        .filter(p -> "IN_FORCE".equals(p.get("status"))).toList());
    shown.addAll(published.stream().filter(p -> !"IN_FORCE".equals(p.get("status"))).toList());
    context.setVariable("periods", shown);
    return ResponseEntity.ok().cacheControl(CACHE).contentType(HTML).body(templates.process("citizen-promises", context));
  }

  /** The page's only style, served from here so the content security policy (`'self'`) holds. */
  @GetMapping(value = "/medborgarloften/stil.css", produces = "text/css;charset=UTF-8")
  ResponseEntity<String> stylesheet() {
    return ResponseEntity.ok().cacheControl(CACHE).body(stylesheet);
  }
}
