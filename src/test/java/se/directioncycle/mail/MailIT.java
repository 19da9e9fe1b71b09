package se.directioncycle.mail;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import se.directioncycle.notification.Notifications;
import se.directioncycle.support.EngineDriver;
import se.directioncycle.support.IntegrationTest;
import se.directioncycle.support.QuarterScenario;
import se.directioncycle.support.Rest;
import se.directioncycle.support.Tasklist;

/** E-mail from the outbox through a real SMTP server (GreenMail): once, in Swedish, and never lost. */
@IntegrationTest
class MailIT {

  @RegisterExtension
  static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP);

  @LocalServerPort
  int port;
  @Autowired
  MailDispatcher dispatcher;
  @Autowired
  EngineDriver engine;
  @Autowired
  JdbcTemplate jdbc;
  @Autowired
  Notifications notifications;

  @AfterEach
  void resetClock() {
    engine.resetClock();
  }

  @Test
  void everyMemberIsToldOfItsNewTaskOnceInSwedish() throws Exception {
    String cycle = open("kalix", 2094);
    dispatcher.dispatch();
    List<MimeMessage> mails = mailsAbout("Kalix 2094 kvartal 1");
    assertThat(mails).extracting(MailIT::recipient).containsExactlyInAnyOrder(
        "kalix-skola@example.org", "kalix-fritid@example.org", "kalix-ifo@example.org",
        "kalix-kommunpolis@example.org", "kalix-bostad@example.org");
    MimeMessage school = mails.stream().filter(m -> recipient(m).startsWith("kalix-skola")).findFirst().orElseThrow();
    assertThat(school.getSubject()).isEqualTo("Ny uppgift: Lämna underlag till lägesbild – Kalix 2094 kvartal 1");
    assertThat(school.getContent().toString()).contains("Sista dag:")
        .containsPattern("Öppna Tasklist: https://bra\\.test\\.example/inriktning/camunda/app/tasklist/\\s")
        .doesNotContain("localhost");
    assertThat(mails).allSatisfy(m -> assertThat(recipient(m)).startsWith("kalix-"));

    dispatcher.dispatch();
    assertThat(mailsAbout("Kalix 2094 kvartal 1")).as("a second round sends nothing again").hasSize(5);
    assertThat(cycle).isEqualTo("kalix-2094-Q1");
  }

  @Test
  void aResendAfterAKillBetweenSmtpAndOurRecordKeepsTheMessageId() throws Exception {
    open("alvkarleby", 2095);
    dispatcher.dispatch();
    MimeMessage first = mailsAbout("Älvkarleby 2095 kvartal 1").stream()
        .filter(m -> recipient(m).startsWith("alvkarleby-skola")).findFirst().orElseThrow();
    // what a kill right after SMTP accepted the mail leaves behind: the delivery still pending
    int reset = jdbc.update("update mail_delivery set status = 'PENDING', sent_at = null where message_id = ?",
        first.getMessageID());
    assertThat(reset).isEqualTo(1);

    assertThat(dispatcher.dispatch()).isEqualTo(1);
    List<MimeMessage> toSchool = mailsAbout("Älvkarleby 2095 kvartal 1").stream()
        .filter(m -> recipient(m).startsWith("alvkarleby-skola")).toList();
    assertThat(toSchool).hasSize(2).extracting(MimeMessage::getMessageID).containsOnly(first.getMessageID());
  }

  @Test
  void anSmtpOutageDelaysMailWithoutLosingItOrFailingTheProcess() throws Exception {
    smtp.stop();
    engine.setClock(Date.from(Instant.parse("2096-01-02T08:00:00Z")));
    String cycle = open("kalix", 2096);
    assertThat(dispatcher.dispatch()).isZero();
    List<String> states = jdbc.queryForList("""
        select d.status || ':' || d.attempts from mail_delivery d join notification n on n.id = d.notification_id
        where n.subject like '%Kalix 2096 kvartal 1'""", String.class);
    assertThat(states).hasSize(5).containsOnly("PENDING:1");

    smtp.start();
    assertThat(dispatcher.dispatch()).as("not before the retry time").isZero();
    engine.advance(Duration.ofMinutes(2));
    dispatcher.dispatch();
    assertThat(mailsAbout("Kalix 2096 kvartal 1")).hasSize(5);
    assertThat(cycle).isEqualTo("kalix-2096-Q1");
  }

  @Test
  void theResponsibleOrganisationGetsTheDecisionAndTheWholeCouncilAndTheBoardTheQuarterReportWithTheirPdfs() throws Exception {
    engine.setClock(Date.from(Instant.parse("2099-01-02T08:00:00Z")));
    QuarterScenario kalix = new QuarterScenario(port, "kalix");
    String cycle = open("kalix", 2099);
    for (String member : List.of("skola", "fritid", "ifo", "kommunpolis", "bostad")) {
      kalix.submitSituationInput(cycle, member, List.of(
          QuarterScenario.observation("KLOTTER", "Nyborg", 2, "Klotter vid busshållplatsen")));
    }
    engine.runDueJobs(cycle);
    kalix.approveSituationReport(cycle);
    engine.runDueJobs(cycle);
    engine.evaluateEarlierInterventions(cycle);
    kalix.propose(cycle, List.of(QuarterScenario.intervention("Trygghetsvandring i Nyborg", "housing",
        "2099-01-01", "2099-03-31")));
    kalix.chairApproves(cycle, "2099-01-20", 3);
    engine.runDueJobs(cycle);
    dispatcher.dispatch();

    MimeMessage decision = Arrays.stream(smtp.getReceivedMessages())
        .filter(m -> subject(m).startsWith("Inriktningsbeslut BRÅ 2099/")).findFirst().orElseThrow();
    assertThat(recipient(decision)).isEqualTo("kalix-bostad@example.org");
    MimeMultipart parts = (MimeMultipart) decision.getContent();
    assertThat(parts.getBodyPart(0).getContent().toString()).contains("Trygghetsvandring i Nyborg");
    assertThat(parts.getBodyPart(1).getFileName()).matches("inriktningsbeslut-bra-2099-\\d+-kalix\\.pdf");
    assertThat(parts.getBodyPart(1).getInputStream().readNBytes(5)).isEqualTo("%PDF-".getBytes());

    // when the quarter closes, the board (the commissioner) and every member of the council get its report
    engine.setClock(Date.from(Instant.parse("2099-04-01T00:05:00Z")));
    engine.runDueJobs(cycle);
    dispatcher.dispatch();
    List<MimeMessage> closing = Arrays.stream(smtp.getReceivedMessages())
        .filter(m -> subject(m).equals("Kvartalsrapport 2099 kvartal 1 – Kalix")).toList();
    assertThat(closing.stream().map(MailIT::recipient).toList()).containsExactlyInAnyOrder(
        "kalix-kommunalrad@example.org", "kalix-samordnare@example.org", "kalix-ordforande@example.org",
        "kalix-skola@example.org", "kalix-fritid@example.org", "kalix-ifo@example.org",
        "kalix-kommunpolis@example.org", "kalix-bostad@example.org");
    MimeMessage toBoard = closing.stream().filter(m -> recipient(m).startsWith("kalix-kommunalrad")).findFirst()
        .orElseThrow();
    MimeMultipart report = (MimeMultipart) toBoard.getContent();
    assertThat(report.getBodyPart(0).getContent().toString()).startsWith("Till kommunstyrelsen:")
        .contains("arbete för 2099 kvartal 1 i Kalix är avslutat");
    assertThat(report.getBodyPart(1).getFileName()).isEqualTo("kvartalsrapport-ks-kalix-2099-q1.pdf");
    assertThat(report.getBodyPart(1).getInputStream().readNBytes(5)).isEqualTo("%PDF-".getBytes());
  }

  @Test
  void theBoardAndTheCoordinatorGetTheDecidedActionPlanWithItsPdf() throws Exception {
    // Kalix's annual assessment of 2075 (used only here), from the start to the board's approval
    int year = 2075;
    String key = "kalix-" + year + "-arsbedomning";
    Rest.Response started = Rest.as(port, "kalix-samordnare").post("/api/annual-assessments", Map.of("year", year));
    assertThat(started.status()).as(started.body()).isEqualTo(201);
    engine.runDueJobs(key);
    Tasklist coordinator = Tasklist.as(port, "kalix-samordnare");
    byte[] survey = Files.readString(Path.of("docs/samples/safety-survey.csv"), StandardCharsets.UTF_8)
        .replace("\n2024;", "\n" + year + ";").getBytes(StandardCharsets.UTF_8);
    coordinator.complete(coordinator.task(key, "UserTask_ImportSafetySurvey"),
        Map.of("surveyFile", new Tasklist.File("trygghet.csv", "text/csv", survey)));
    engine.runDueJobs(key);
    coordinator.complete(coordinator.task(key, "UserTask_PrepareActionPlan"), Map.of(
        "focusAreas", "Inbrott i förråd i Sangis", "measures", "Grannsamverkan och bättre lås.",
        "responsible", "Bostadsbolaget och polisen", "followUp", "Halvårsvis i BRÅ."));
    Tasklist board = Tasklist.as(port, "kalix-kommunalrad");
    board.complete(board.task(key, "UserTask_DecideActionPlan"), Map.of("boardDecision", "approve",
        "decisionDate", year + "-11-20", "protocolParagraph", 77L));
    dispatcher.dispatch();
    assertThat(mailsAbout("Åtgärdsplan " + year + " – Kalix")).as("nothing before the publishing step has run").isEmpty();
    engine.runDueJobs(key);
    dispatcher.dispatch();

    List<MimeMessage> plan = Arrays.stream(smtp.getReceivedMessages())
        .filter(m -> subject(m).equals("Åtgärdsplan " + year + " – Kalix")).toList();
    assertThat(plan.stream().map(MailIT::recipient).toList())
        .containsExactlyInAnyOrder("kalix-kommunalrad@example.org", "kalix-samordnare@example.org");
    MimeMessage toBoard = plan.stream().filter(m -> recipient(m).startsWith("kalix-kommunalrad")).findFirst().orElseThrow();
    MimeMultipart parts = (MimeMultipart) toBoard.getContent();
    assertThat(parts.getBodyPart(0).getContent().toString()).startsWith("Till kommunstyrelsen:")
        .contains("antog åtgärdsplanen " + year + " för Kalix den " + year + "-11-20 (§ 77)");
    assertThat(parts.getBodyPart(1).getFileName()).isEqualTo("atgardsplan-kalix-" + year + "-arsbedomning.pdf");
    byte[] pdf = parts.getBodyPart(1).getInputStream().readAllBytes();
    assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
    try (PDDocument document = Loader.loadPDF(pdf)) {
      assertThat(new PDFTextStripper().getText(document).replaceAll("\\s+", " "))
          .contains("Inbrott i förråd i Sangis", "Grannsamverkan och bättre lås.", "Kommunstyrelsen " + year + "-11-20, § 77");
    }

    dispatcher.dispatch();
    assertThat(Arrays.stream(smtp.getReceivedMessages()).filter(m -> subject(m).equals("Åtgärdsplan " + year + " – Kalix")))
        .as("a second round sends nothing again").hasSize(2);
  }

  @Test
  void aRetriedJobRecordsItsMessageOnceAndSoMailsOnce() throws Exception {
    for (int attempt = 0; attempt < 3; attempt++) { // what a job retried after a failure does
      notifications.record("kalix", "kalix-housing", "submission-reminder", "Påminnelse: test av omförsök 2101",
          "Lämna underlag.", "submission-reminder:retry-test:housing");
    }
    dispatcher.dispatch();
    dispatcher.dispatch();
    assertThat(Arrays.stream(smtp.getReceivedMessages()).filter(m -> subject(m).endsWith("omförsök 2101")))
        .extracting(MailIT::recipient).containsExactly("kalix-bostad@example.org");
  }

  @Test
  void messagesRecordedTogetherCountOnceEachByTheirKey() throws Exception {
    String subject = "Påminnelse: samlade meddelanden 2103";
    String key = "submission-reminder:together-2103:";
    assertThat(notifications.record("kalix", "kalix-housing", "submission-reminder", subject, "Lämna underlag.",
        key + "housing")).isTrue();
    int recorded = notifications.recordEach("kalix", "submission-reminder", List.of(
        new Notifications.Message("kalix-housing", subject, "Lämna underlag.", key + "housing"),
        new Notifications.Message("kalix-school", subject, "Lämna underlag.", key + "school"),
        new Notifications.Message("kalix-school", subject, "Lämna underlag.", key + "school")));
    assertThat(recorded).as("the key recorded before and the repeated one count once").isEqualTo(1);
    assertThat(notifications.recordEach("kalix", "submission-reminder", List.of())).isZero();

    dispatcher.dispatch();
    assertThat(Arrays.stream(smtp.getReceivedMessages()).filter(m -> subject(m).equals(subject)))
        .extracting(MailIT::recipient).containsExactlyInAnyOrder("kalix-bostad@example.org", "kalix-skola@example.org");
  }

  @Test
  void oneRoundSendsEverythingWaitingHoweverManyNotificationsPiledUp() {
    int piled = Notifications.EXPANSION_BATCH + 1;
    for (int i = 0; i < piled; i++) {
      notifications.record("kalix", "kalix-housing", "submission-reminder", "Påminnelse " + i + " av en hög 2102",
          "Lämna underlag.", "submission-reminder:pile-2102:" + i);
    }
    dispatcher.dispatch();
    assertThat(Arrays.stream(smtp.getReceivedMessages()).filter(m -> subject(m).endsWith("av en hög 2102")))
        .hasSize(piled);
  }

  private String open(String municipality, int year) {
    String cycle = new QuarterScenario(port, municipality).open(year, 1);
    engine.runDueJobs(cycle);
    return cycle;
  }

  private static List<MimeMessage> mailsAbout(String period) {
    return Arrays.stream(smtp.getReceivedMessages()).filter(m -> subject(m).endsWith(period)).toList();
  }

  private static String subject(MimeMessage message) {
    try {
      return message.getSubject();
    } catch (MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String recipient(Message message) {
    try {
      return message.getRecipients(Message.RecipientType.TO)[0].toString();
    } catch (MessagingException e) {
      throw new IllegalStateException(e);
    }
  }
}
