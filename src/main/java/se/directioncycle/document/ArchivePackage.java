package se.directioncycle.document;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.apache.commons.codec.digest.DigestUtils;

/**
 * A decision and the documents of its quarter as an information package in the E-ARK CSIP layout that
 * Riksarkivet's FGS 2.0 builds on: a root `METS.xml` listing every file with its size and SHA-256,
 * descriptive metadata under `metadata/descriptive/`, and the PDFs under `representations/rep1/data/`.
 */
final class ArchivePackage {

  static final String METS = "http://www.loc.gov/METS/";
  static final String XLINK = "http://www.w3.org/1999/xlink";
  static final String CSIP = "https://DILCIS.eu/XML/METS/CSIPExtensionMETS";

  private final String packageId;
  private final String label;
  private final Map<String, String> description;
  private final List<PublicDocument> documents;
  private final Instant createdAt;

  ArchivePackage(String packageId, String label, Map<String, String> description, List<PublicDocument> documents,
      Instant createdAt) {
    this.packageId = packageId;
    this.label = label;
    this.description = description;
    this.documents = documents;
    this.createdAt = createdAt;
  }

  /** The package as a ZIP with one top folder named after the package. */
  byte[] zip() {
    Map<String, byte[]> files = new LinkedHashMap<>();
    files.put("metadata/descriptive/beskrivning.xml", descriptive());
    for (PublicDocument document : documents) {
      files.put("representations/rep1/data/" + document.getFileName(), document.getContent());
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8)) {
      put(zip, packageId + "/METS.xml", mets(files));
      for (Map.Entry<String, byte[]> file : files.entrySet()) {
        put(zip, packageId + "/" + file.getKey(), file.getValue());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  private byte[] descriptive() {
    Document xml = newDocument();
    Element root = xml.createElement("beskrivning");
    xml.appendChild(root);
    description.forEach((name, value) -> {
      Element element = xml.createElement(name);
      element.setTextContent(value);
      root.appendChild(element);
    });
    return write(xml);
  }

  private byte[] mets(Map<String, byte[]> files) {
    Document xml = newDocument();
    Element mets = xml.createElementNS(METS, "mets:mets");
    xml.appendChild(mets);
    mets.setAttributeNS(XMLConstants.XMLNS_ATTRIBUTE_NS_URI, "xmlns:xlink", XLINK);
    mets.setAttributeNS(XMLConstants.XMLNS_ATTRIBUTE_NS_URI, "xmlns:csip", CSIP);
    mets.setAttribute("OBJID", packageId);
    mets.setAttribute("LABEL", label);
    mets.setAttribute("TYPE", "Other");
    mets.setAttributeNS(CSIP, "csip:OTHERTYPE", "Inriktningsbeslut");
    mets.setAttributeNS(CSIP, "csip:CONTENTINFORMATIONTYPE", "MIXED");
    mets.setAttribute("PROFILE", "https://earkcsip.dilcis.eu/profile/E-ARK-CSIP.xml");

    Element header = child(mets, "metsHdr");
    header.setAttribute("CREATEDATE", createdAt.toString());
    header.setAttributeNS(CSIP, "csip:OAISPACKAGETYPE", "SIP");
    Element agent = child(header, "agent");
    agent.setAttribute("ROLE", "CREATOR");
    agent.setAttribute("TYPE", "OTHER");
    agent.setAttribute("OTHERTYPE", "SOFTWARE");
    child(agent, "name").setTextContent("Inriktningscykeln");

    Element dmd = child(mets, "dmdSec");
    dmd.setAttribute("ID", "dmd-1");
    dmd.setAttribute("CREATED", createdAt.toString());
    reference(child(dmd, "mdRef"), "metadata/descriptive/beskrivning.xml", files.get("metadata/descriptive/beskrivning.xml"))
        .setAttribute("MDTYPE", "OTHER");

    Element fileSec = child(mets, "fileSec");
    fileSec.setAttribute("ID", "files");
    Element group = child(fileSec, "fileGrp");
    group.setAttribute("ID", "rep1");
    group.setAttribute("USE", "Representations/rep1");
    List<String> fileIds = new ArrayList<>();
    int n = 0;
    for (Map.Entry<String, byte[]> file : files.entrySet()) {
      if (!file.getKey().startsWith("representations/")) {
        continue;
      }
      Element entry = child(group, "file");
      String id = "file-" + (++n);
      fileIds.add(id);
      entry.setAttribute("ID", id);
      entry.setAttribute("MIMETYPE", "application/pdf");
      entry.setAttribute("SIZE", Long.toString(file.getValue().length));
      entry.setAttribute("CREATED", createdAt.toString());
      entry.setAttribute("CHECKSUM", DigestUtils.sha256Hex(file.getValue()));
      entry.setAttribute("CHECKSUMTYPE", "SHA-256");
      Element location = child(entry, "FLocat");
      location.setAttribute("LOCTYPE", "URL");
      location.setAttributeNS(XLINK, "xlink:type", "simple");
      location.setAttributeNS(XLINK, "xlink:href", file.getKey());
    }

    Element structMap = child(mets, "structMap");
    structMap.setAttribute("TYPE", "PHYSICAL");
    structMap.setAttribute("LABEL", "CSIP");
    Element top = child(structMap, "div");
    top.setAttribute("LABEL", packageId);
    top.setAttribute("DMDID", "dmd-1");
    Element representation = child(top, "div");
    representation.setAttribute("LABEL", "Representations/rep1");
    for (String id : fileIds) {
      child(representation, "fptr").setAttribute("FILEID", id);
    }
    return write(xml);
  }

  private static Element reference(Element mdRef, String href, byte[] content) {
    mdRef.setAttribute("LOCTYPE", "URL");
    mdRef.setAttributeNS(XLINK, "xlink:type", "simple");
    mdRef.setAttributeNS(XLINK, "xlink:href", href);
    mdRef.setAttribute("MIMETYPE", "text/xml");
    mdRef.setAttribute("SIZE", Long.toString(content.length));
    mdRef.setAttribute("CHECKSUM", DigestUtils.sha256Hex(content));
    mdRef.setAttribute("CHECKSUMTYPE", "SHA-256");
    return mdRef;
  }

  private static Element child(Element parent, String name) {
    Element element = parent.getOwnerDocument().createElementNS(METS, "mets:" + name);
    parent.appendChild(element);
    return element;
  }

  private static void put(ZipOutputStream zip, String name, byte[] content) throws IOException {
    zip.putNextEntry(new ZipEntry(name));
    zip.write(content);
    zip.closeEntry();
  }

  private static Document newDocument() {
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setNamespaceAware(true);
      return factory.newDocumentBuilder().newDocument();
    } catch (ParserConfigurationException e) {
      throw new IllegalStateException(e);
    }
  }

  private static byte[] write(Document xml) {
    try {
      var transformer = TransformerFactory.newInstance().newTransformer();
      transformer.setOutputProperty(OutputKeys.INDENT, "yes");
      transformer.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      transformer.transform(new DOMSource(xml), new StreamResult(out));
      return out.toByteArray();
    } catch (TransformerException e) {
      throw new IllegalStateException(e);
    }
  }
}
