package se.directioncycle.support;

import java.io.IOException;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/** What a generated PDF shows as pictures: the charts and maps the documents draw. */
public final class PdfImages {

  private PdfImages() {}

  /** The images drawn on the document's pages (one drawn across a page break counts once). */
  public static int count(byte[] pdf) throws IOException {
    Set<Object> images = Collections.newSetFromMap(new IdentityHashMap<>());
    try (PDDocument document = Loader.loadPDF(pdf)) {
      for (PDPage page : document.getPages()) {
        for (COSName name : page.getResources().getXObjectNames()) {
          if (page.getResources().getXObject(name) instanceof PDImageXObject image) {
            images.add(image.getCOSObject());
          }
        }
      }
    }
    return images.size();
  }
}
