package se.directioncycle.document;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * Fills an XHTML template under `documents/` (Thymeleaf, text escaped) and renders it to PDF with the DejaVu fonts
 * embedded (families `DejaVu Sans` and `DejaVu Sans Mono`), which cover Swedish and the arrows, dashes and quotes
 * our texts use; PDF's built-in fonts do not.
 */
@Component
public class PdfRenderer {

  /** The DejaVu fonts of jasperreports-fonts, used by the PDFs and by the charts drawn into them. */
  static final String FONTS = "net/sf/jasperreports/fonts/dejavu/";

  private record EmbeddedFont(List<String> families, int weight, FontStyle style, byte[] data) {}

  /** DejaVu Sans also stands for CSS's generic families, so no text falls back to a font that is not embedded. */
  private static final List<String> SANS = List.of("DejaVu Sans", "sans-serif", "serif");
  private static final List<String> MONO = List.of("DejaVu Sans Mono", "monospace");

  private static final List<EmbeddedFont> EMBEDDED = List.of(
      font(SANS, 400, FontStyle.NORMAL, "DejaVuSans.ttf"),
      font(SANS, 700, FontStyle.NORMAL, "DejaVuSans-Bold.ttf"),
      font(SANS, 400, FontStyle.ITALIC, "DejaVuSans-Oblique.ttf"),
      font(SANS, 700, FontStyle.ITALIC, "DejaVuSans-BoldOblique.ttf"),
      font(MONO, 400, FontStyle.NORMAL, "DejaVuSansMono.ttf"),
      font(MONO, 700, FontStyle.NORMAL, "DejaVuSansMono-Bold.ttf"));

  private static final byte[] SRGB = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();

  /** PDFBox's own setting for its Flate streams (fonts, page contents, images), read at every stream it writes. */
  static final String DEFLATE_LEVEL = "org.apache.pdfbox.filter.deflatelevel";

  static {
    com.openhtmltopdf.util.XRLog.setLoggerImpl(new Slf4jXRLogger());
    // The documents are rendered in their own jobs and kept for ever: the best compression costs some milliseconds
    // once and saves about a tenth of every picture's bytes for good. An operator's -D setting wins.
    if (System.getProperty(DEFLATE_LEVEL) == null) {
      System.setProperty(DEFLATE_LEVEL, "9");
    }
  }

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
      // PDF/A-2u: every font embedded (PDF's built-in fonts are never loaded), text extractable as Unicode, fit to archive.
      builder.usePdfAConformance(PdfRendererBuilder.PdfAConformance.PDFA_2_U);
      builder.useColorProfile(SRGB);
      EMBEDDED.forEach(font -> font.families().forEach(family -> builder.useFont(
          () -> new ByteArrayInputStream(font.data()), family, font.weight(), font.style(), true)));
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

  private static EmbeddedFont font(List<String> families, int weight, FontStyle style, String file) {
    try (InputStream in = PdfRenderer.class.getClassLoader().getResourceAsStream(FONTS + file)) {
      if (in == null) {
        throw new IllegalStateException("Font " + FONTS + file + " is missing from the classpath (jasperreports-fonts)");
      }
      return new EmbeddedFont(families, weight, style, in.readAllBytes());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
