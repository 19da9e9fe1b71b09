package se.directioncycle.document;

import static org.assertj.core.api.Assertions.assertThat;
import static se.directioncycle.support.QuarterScenario.intervention;
import static se.directioncycle.support.QuarterScenario.observation;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import se.directioncycle.direction.DirectionDecisionRegistered;
import se.directioncycle.support.EngineDriver;
import se.directioncycle.support.IntegrationTest;
import se.directioncycle.support.QuarterScenario;
import se.directioncycle.support.Rest;
import se.directioncycle.support.WebappSession;

/** The situation report and the direction decision as PDF: generated once, right content, own municipality only. */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DocumentIT {

  private static final int YEAR = 2098;

  @LocalServerPort
  int port;
  @Autowired
  EngineDriver engine;
  @Autowired
  PublicDocumentRepository documents;
  @Autowired
  DocumentDownloadRepository downloads;
  @Autowired
  PublicDocuments publicDocuments;
  @Autowired
  JdbcTemplate jdbc;

  long cycleId;

  @BeforeAll
  void runAQuarterToItsDecision() {
    engine.setClock(Date.from(LocalDateTime.of(YEAR - 1, 12, 1, 9, 0).atZone(ZoneId.of("Europe/Stockholm")).toInstant()));
    QuarterScenario alvkarleby = new QuarterScenario(port, "alvkarleby");
    String cycle = alvkarleby.open(YEAR, 1);
    engine.runDueJobs(cycle);
    for (String member : List.of("skola", "fritid", "ifo", "raddningstjanst", "bostad", "sakerhet")) {
      alvkarleby.submitSituationInput(cycle, member, List.of(
          observation("KLOTTER", "Skutskär", 2, "Klotter på busskuren vid torget")));
    }
    alvkarleby.submitSituationInput(cycle, "kommunpolis", List.of(
        observation("KLOTTER", "Gårdskär", 1, "Klotter vid badplatsen"),
        observation("KLOTTER", "Gårdskär", 1, "Klotter på elskåpet")));
    engine.runDueJobs(cycle);
    alvkarleby.approveSituationReport(cycle);
    engine.runDueJobs(cycle);
    alvkarleby.propose(cycle, List.of(
        intervention("Snabbsanering av klotter", "housing", YEAR + "-01-01", YEAR + "-03-31")));
    alvkarleby.chairApproves(cycle, (YEAR - 1) + "-12-12", 14);
    engine.runDueJobs(cycle);
    cycleId = jdbc.queryForObject("select id from cycle where business_key = ?", Long.class, cycle);
  }

  @AfterAll
  void resetClock() {
    engine.resetClock();
  }

  @Test
  void theDecisionPdfShowsTheDecisionAndWhoTookIt() throws IOException {
    PublicDocument decision = only(PublicDocument.Kind.DIRECTION_DECISION);
    String text = text(download("alvkarleby-samordnare", decision.getId()));
    assertThat(text).contains("Inriktningsbeslut BRÅ " + (YEAR - 1) + "/", "Älvkarleby", YEAR + " kvartal 1",
        "§ 14", "Snabbsanering av klotter", "Bostadsbolag", "Minst 6 under kvartalet", "Antal genomförda tillfällen",
        "i egenskap av ordförande");
    assertThat(decision.getFileName()).matches("inriktningsbeslut-bra-\\d{4}-\\d+-alvkarleby\\.pdf");
  }

  @Test
  void theSituationReportPdfHasTheStatutorySectionsAndNoSmallCount() throws IOException {
    byte[] situationReport = download("alvkarleby-skola", only(PublicDocument.Kind.SITUATION_REPORT).getId());
    assertThat(images(situationReport)).as("the indicators' eight-quarter chart, observations by category and area, "
        + "the ranked problems").isEqualTo(3);
    String text = text(situationReport);
    assertThat(text).contains("Indikatorerna de senaste åtta kvartalen", (YEAR - 1) + " kvartal 2");
    assertThat(text).contains("Lägesbild " + YEAR + " kvartal 1", "Kartläggning av brottsligheten",
        "Kartläggningen visar klotter", "Annan relevant information", "Analys", "Indikatorer",
        "Prioriterade problem", "Klotter", "Övriga områden (sammanslagna): 8", "Utveckling per indikator",
        "Föregående kvartal");
    // the charts' tables: Gårdskär's 2 would be readable beside Skutskär's 6, so both are one group of 8
    assertThat(text).contains("Observationer per problem och område", "Klotter 8 Övriga områden (sammanslagna) 8",
        "Högsta allvarlighet");
    assertThat(text).doesNotContain("Gårdskär: 2", "Gårdskär 2", "Skutskär 6");
  }

  @Test
  void aDocumentIsMadeOnceEvenWhenItsStepIsRetried() {
    PublicDocument decision = only(PublicDocument.Kind.DIRECTION_DECISION);
    long decisionId = jdbc.queryForObject("select id from direction_decision where cycle_id = ?", Long.class, cycleId);
    publicDocuments.onDecisionRegistered(new DirectionDecisionRegistered(decisionId, "Älvkarleby"));
    assertThat(documents.findByCycleIdOrderById(cycleId)).extracting(PublicDocument::getId)
        .contains(decision.getId()).hasSize(2);
  }

  @Test
  void anotherMunicipalityGetsNothingAndEveryDownloadIsLogged() {
    PublicDocument decision = only(PublicDocument.Kind.DIRECTION_DECISION);
    assertThat(Rest.as(port, "kalix-samordnare").get("/api/documents").body()).doesNotContain("Älvkarleby");
    Rest.Response foreign = Rest.as(port, "kalix-samordnare").get("/api/documents/" + decision.getId());
    assertThat(foreign.status()).isEqualTo(404);
    assertThat(foreign.message()).contains("Dokumentet finns inte");
    assertThat(Rest.anonymous(port).get("/api/documents/" + decision.getId()).status()).isEqualTo(401);
    assertThat(Rest.as(port, "alvkarleby-samordnare").get("/api/documents/x%27%3B%20drop%20table%20cycle%3B%20--").status())
        .isIn(400, 404);

    JsonNode listed = Rest.as(port, "alvkarleby-ordforande").get("/api/documents").json();
    assertThat(listed.findValuesAsText("title")).anySatisfy(t -> assertThat(t).startsWith("Inriktningsbeslut BRÅ"));
    download("alvkarleby-ordforande", decision.getId());
    assertThat(downloads.findByDocumentId(decision.getId())).extracting(DocumentDownload::getUserId)
        .contains("alvkarleby-ordforande").doesNotContain("kalix-samordnare");
  }

  @Test
  void aDocumentChangedBehindOurBackIsNotServed() {
    PublicDocument report = only(PublicDocument.Kind.SITUATION_REPORT);
    long copy = jdbc.update("""
        insert into public_document (municipality, cycle_id, kind, source_key, title, file_name, content, sha256, created_at)
        select municipality, cycle_id, kind, 'tamper-test', title, file_name, content, sha256, created_at
        from public_document where id = ?""", report.getId());
    assertThat(copy).isEqualTo(1);
    Long tamperedId = jdbc.queryForObject("select id from public_document where source_key = 'tamper-test'", Long.class);
    jdbc.update("update public_document set content = ? where id = ?", "inte en pdf".getBytes(StandardCharsets.UTF_8),
        tamperedId);
    try {
      Rest.Response response = Rest.as(port, "alvkarleby-samordnare").get("/api/documents/" + tamperedId);
      assertThat(response.status()).isEqualTo(500);
      assertThat(response.message()).contains("stämmer inte med sin kontrollsumma");
      long decisionId = only(PublicDocument.Kind.DIRECTION_DECISION).getId();
      assertThat(Rest.as(port, "alvkarleby-samordnare").get("/api/documents/" + decisionId + "/archive-package")
          .status()).as("no archive package with a damaged document in it").isEqualTo(500);
    } finally {
      jdbc.update("delete from public_document where id = ?", tamperedId); // the other tests use this quarter too
    }
  }

  @Test
  void aFormLinkOpensTheDocumentWithTheTasklistLogin() throws Exception {
    PublicDocument report = only(PublicDocument.Kind.SITUATION_REPORT);
    long reportId = jdbc.queryForObject("select id from situation_report where cycle_id = ?", Long.class, cycleId);
    String link = "/documents/situation-report:" + reportId;

    WebappSession chair = WebappSession.login(port, "alvkarleby-ordforande", "tasklist");
    HttpResponse<byte[]> pdf = chair.getBytes(link);
    assertThat(pdf.statusCode()).isEqualTo(200);
    assertThat(pdf.headers().firstValue("X-Content-SHA256")).contains(report.getSha256());
    assertThat(text(pdf.body())).contains("Lägesbild " + YEAR + " kvartal 1");

    assertThat(Rest.anonymous(port).get(link).status()).as("no webapp login").isEqualTo(401);
    assertThat(WebappSession.login(port, "kalix-ordforande", "tasklist").get(link).statusCode())
        .as("another municipality").isEqualTo(404);
    assertThat(chair.get("/documents/..%2F..%2Fetc").statusCode()).isIn(400, 404);
  }

  @Test
  void theDecisionGoesToTheArchiveAsAPackageThatValidatesAgainstItsManifest() throws Exception {
    PublicDocument decision = only(PublicDocument.Kind.DIRECTION_DECISION);
    HttpResponse<byte[]> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
            URI.create("http://localhost:" + port + "/api/documents/" + decision.getId() + "/archive-package"))
        .header("Authorization", "Basic " + Base64.getEncoder()
            .encodeToString("alvkarleby-samordnare:Brottsprevention#2027".getBytes(StandardCharsets.UTF_8)))
        .GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    assertThat(response.statusCode()).isEqualTo(200);

    java.util.Map<String, byte[]> files = new java.util.TreeMap<>();
    try (var zip = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(response.body()))) {
      for (var entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
        files.put(entry.getName(), zip.readAllBytes());
      }
    }
    String root = files.keySet().iterator().next().split("/")[0];
    assertThat(files).containsKey(root + "/METS.xml").containsKey(root + "/metadata/descriptive/beskrivning.xml");
    var factory = javax.xml.parsers.DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    org.w3c.dom.Document mets = factory.newDocumentBuilder()
        .parse(new java.io.ByteArrayInputStream(files.get(root + "/METS.xml")));
    assertThat(mets.getDocumentElement().getAttribute("OBJID")).isEqualTo(root);
    assertThat(mets.getDocumentElement().getAttribute("PROFILE")).contains("E-ARK-CSIP");

    // every file the manifest lists is in the package with its size and SHA-256, and every payload file is listed
    java.util.Set<String> listed = new java.util.HashSet<>();
    var references = new java.util.ArrayList<org.w3c.dom.Element>();
    for (String tag : List.of("file", "mdRef")) {
      var nodes = mets.getElementsByTagNameNS("http://www.loc.gov/METS/", tag);
      for (int i = 0; i < nodes.getLength(); i++) {
        references.add((org.w3c.dom.Element) nodes.item(i));
      }
    }
    for (org.w3c.dom.Element reference : references) {
      org.w3c.dom.Element located = reference.getLocalName().equals("file")
          ? (org.w3c.dom.Element) reference.getElementsByTagNameNS("http://www.loc.gov/METS/", "FLocat").item(0) : reference;
      String href = located.getAttributeNS("http://www.w3.org/1999/xlink", "href");
      byte[] content = files.get(root + "/" + href);
      assertThat(content).as(href).isNotNull();
      assertThat(reference.getAttribute("SIZE")).isEqualTo(Integer.toString(content.length));
      assertThat(reference.getAttribute("CHECKSUMTYPE")).isEqualTo("SHA-256");
      assertThat(reference.getAttribute("CHECKSUM")).isEqualTo(org.apache.commons.codec.digest.DigestUtils.sha256Hex(content));
      listed.add(href);
    }
    assertThat(files.keySet()).allSatisfy(name -> assertThat(name.equals(root + "/METS.xml")
        || listed.contains(name.substring(root.length() + 1))).as(name).isTrue());
    assertThat(listed).contains("representations/rep1/data/" + decision.getFileName())
        .anySatisfy(href -> assertThat(href).startsWith("representations/rep1/data/lagesbild-"));

    assertThat(Rest.as(port, "kalix-samordnare").get("/api/documents/" + decision.getId() + "/archive-package")
        .status()).as("another municipality").isEqualTo(404);
  }

  private PublicDocument only(PublicDocument.Kind kind) {
    return documents.findByCycleIdOrderById(cycleId).stream().filter(d -> d.getKind() == kind)
        .filter(d -> !d.getFileName().isEmpty()).findFirst().orElseThrow(() -> new AssertionError("no " + kind));
  }

  private byte[] download(String user, long id) {
    return Rest.as(port, user).getBytes("/api/documents/" + id, "application/pdf");
  }

  /** The images drawn on the document's pages (one drawn across a page break counts once). */
  private static int images(byte[] pdf) throws IOException {
    java.util.Set<Object> images = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    try (PDDocument document = Loader.loadPDF(pdf)) {
      for (org.apache.pdfbox.pdmodel.PDPage page : document.getPages()) {
        for (org.apache.pdfbox.cos.COSName name : page.getResources().getXObjectNames()) {
          if (page.getResources().getXObject(name) instanceof org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject image) {
            images.add(image.getCOSObject());
          }
        }
      }
    }
    return images.size();
  }

  private static String text(byte[] pdf) throws IOException {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
    }
  }
}
