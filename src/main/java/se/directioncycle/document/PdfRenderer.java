package se.directioncycle.document;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/** Fills an XHTML template under `documents/` (Thymeleaf, text escaped) and renders it to PDF. */
@Component
public class PdfRenderer {

  private final TemplateEngine templates = new TemplateEngine();

  PdfRenderer() {
    ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
    resolver.setPrefix("documents/");
    resolver.setSuffix(".html");
    resolver.setTemplateMode(TemplateMode.XML);
    resolver.setCharacterEncoding("UTF-8");
    templates.setTemplateResolver(resolver);
  }

  public byte[] render(String template, Map<String, Object> model) {
    String xhtml = xhtml(template, model);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      PdfRendererBuilder builder = new PdfRendererBuilder();
      builder.useFastMode();
      builder.withHtmlContent(xhtml, null);
      builder.toStream(out);
      builder.run();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  /** The document as XHTML; every value goes in through `th:text`, so text never becomes markup. */
  String xhtml(String template, Map<String, Object> model) {
    return templates.process(template, new Context(java.util.Locale.forLanguageTag("sv-SE"), model));
  }
}
