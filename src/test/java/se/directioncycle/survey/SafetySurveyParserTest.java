package se.directioncycle.survey;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every way a survey file can be wrong is refused with a message that says where and what, and nothing is accepted. */
class SafetySurveyParserTest {

  private static final List<String> KALIX_AREAS = List.of("Kalix centrum", "Nyborg", "Töre", "Sangis");
  private static final String HEADER = "år;område;fråga;andel_procent;antal_svar";
  private final SafetySurveyParser parser = new SafetySurveyParser();

  private static byte[] csv(String... lines) {
    return (String.join("\r\n", lines) + "\r\n").getBytes(StandardCharsets.UTF_8);
  }

  private SafetySurveyParser.Result parse(byte[] content) {
    return parser.parse(content, 2024, "Kalix", KALIX_AREAS);
  }

  /** The file is refused with exactly these messages, and no row is accepted. */
  private static void assertRefused(SafetySurveyParser.Result result, String... messages) {
    assertThat(result.valid()).isFalse();
    assertThat(result.rows()).isEmpty();
    assertThat(result.problems()).extracting(SurveyProblem::message).containsExactly(messages);
  }

  @Test
  void theShippedSampleIsAccepted() throws Exception {
    byte[] sample = Files.readAllBytes(Path.of("docs/samples/safety-survey.csv"));
    assertThat(sample[0]).as("the sample starts with a BOM, as Excel writes it").isEqualTo((byte) 0xEF);

    SafetySurveyParser.Result result = parse(sample);

    assertThat(result.problems()).isEmpty();
    assertThat(result.rows()).hasSize(20);
    SafetySurveyParser.ParsedRow first = result.rows().get(0);
    assertThat(first.line()).isEqualTo(2);
    assertThat(first.area()).isEqualTo("Hela kommunen");
    assertThat(first.question()).isEqualTo(SurveyQuestion.TRYGG_KVALL);
    assertThat(first.sharePercent()).isEqualByComparingTo("68.4");
    assertThat(first.respondents()).isEqualTo(412);
    assertThat(result.rows()).filteredOn(r -> r.area().equals("Sangis")).extracting(SafetySurveyParser.ParsedRow::respondents)
        .containsOnly(4);
  }

  @Test
  void decimalPointOrCommaColumnsInAnyOrderAndCaseInsensitiveNamesAreAccepted() {
    SafetySurveyParser.Result result = parse(csv("antal_svar;fråga;område;andel_procent;år",
        "120;trygg_kvall;nyborg;72.5;2024",
        "0;ORO_BROTT;Töre;0;2024",
        "7;ORO_BROTT;Sangis;100,00;2024"));

    assertThat(result.problems()).isEmpty();
    assertThat(result.rows()).extracting(SafetySurveyParser.ParsedRow::area).containsExactly("Nyborg", "Töre", "Sangis");
    assertThat(result.rows()).extracting(SafetySurveyParser.ParsedRow::sharePercent)
        .usingElementComparator(BigDecimal::compareTo)
        .containsExactly(new BigDecimal("72.5"), BigDecimal.ZERO, new BigDecimal("100"));
  }

  @Test
  void emptyFilesAreRefused() {
    String expected = "Filen är tom. Den ska börja med rubrikraden «" + HEADER + "» följd av en rad per område och fråga.";
    assertRefused(parse(new byte[0]), expected);
    assertRefused(parse(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}), expected);
    assertRefused(parse(csv("", "  ")), expected);
  }

  @Test
  void aHeaderWithoutRowsIsRefused() {
    assertRefused(parse(csv(HEADER, ";;;;")),
        "Filen har bara en rubrikrad. Lägg till en rad per område och fråga under den.");
  }

  @Test
  void missingExtraDuplicateAndUnnamedColumnsAreRefusedBeforeAnyRowIsRead() {
    assertRefused(parse(csv("år;område;fråga;andel_procent", "2024;Töre;TRYGG_KVALL;79")),
        "Rad 1: kolumnen «antal_svar» saknas i rubrikraden. Rubrikraden ska vara «" + HEADER + "».");
    assertRefused(parse(csv(HEADER + ";kommentar", "2024;Töre;TRYGG_KVALL;79;62;bra")),
        "Rad 1: okänd kolumn «kommentar» (kolumn 6). Tillåtna kolumner är år, område, fråga, andel_procent, antal_svar, "
            + "åtskilda med semikolon (;).");
    assertRefused(parse(csv(HEADER + ";år", "2024;Töre;TRYGG_KVALL;79;62;2024")),
        "Rad 1: kolumnen «år» finns två gånger i rubrikraden.");
    assertRefused(parse(csv(HEADER + ";", "2024;Töre;TRYGG_KVALL;79;62;")),
        "Rad 1: kolumn 6 i rubrikraden saknar namn. Rubrikraden ska vara «" + HEADER + "».");
  }

  @Test
  void aCommaSeparatedFileIsRefusedWithAHintAboutTheSeparator() {
    SafetySurveyParser.Result result = parse(csv("år,område,fråga,andel_procent,antal_svar", "2024,Töre,TRYGG_KVALL,79,62"));

    assertThat(result.rows()).isEmpty();
    assertThat(result.problems().get(0).message()).startsWith("Rad 1: okänd kolumn «år,område,fråga,andel_procent,antal_svar»")
        .contains("åtskilda med semikolon (;)");
    assertThat(result.problemCount()).isEqualTo(6);
  }

  @Test
  void wrongTypesAndOutOfRangeValuesAreRefusedWithLineAndColumn() {
    SafetySurveyParser.Result result = parse(csv(HEADER,
        "tjugo;Töre;TRYGG_KVALL;79;62",
        "2024;Töre;ORO_BROTT;mycket;62",
        "2024;Töre;ORO_INBROTT;100,5;62",
        "2024;Töre;ORO_OVERFALL;-3;62",
        "2024;Töre;UTSATT_BROTT;12,345;62",
        "2024;Töre;PROBLEM_KLOTTER;1e2;62",
        "2024;Töre;PROBLEM_NARKOTIKA;12;6,5",
        "2024;Töre;PROBLEM_BELYSNING;12;-1",
        "2024;Töre;FORTROENDE_POLIS;12;12 000",
        "2024;Töre;PROBLEM_NEDSKRAPNING;;62"));

    String share = "måste vara ett tal mellan 0 och 100, med högst två decimaler (decimalkomma eller punkt, t.ex. 61,5).";
    String count = "måste vara ett heltal mellan 0 och 9999999 (antalet som svarat, utan mellanslag).";
    assertRefused(result,
        "Rad 2, kolumn «år»: måste vara ett årtal med fyra siffror, t.ex. 2024.",
        "Rad 3, kolumn «andel_procent»: " + share,
        "Rad 4, kolumn «andel_procent»: " + share,
        "Rad 5, kolumn «andel_procent»: " + share,
        "Rad 6, kolumn «andel_procent»: " + share,
        "Rad 7, kolumn «andel_procent»: " + share,
        "Rad 8, kolumn «antal_svar»: " + count,
        "Rad 9, kolumn «antal_svar»: " + count,
        "Rad 10, kolumn «antal_svar»: " + count,
        "Rad 11, kolumn «andel_procent»: måste fyllas i.");
    assertThat(result.problems().get(1).line()).isEqualTo(3);
    assertThat(result.problems().get(1).column()).isEqualTo("andel_procent");
  }

  @Test
  void unknownAreasAndQuestionsAreRefused() {
    assertRefused(parse(csv(HEADER, "2024;Skutskär;TRYGG_KVALL;79;62", "2024;Töre;TRYGG_DAGTID;79;62")),
        "Rad 2, kolumn «område»: «Skutskär» är inte ett område i Kalix. Tillåtna områden: Kalix centrum, Nyborg, Töre, Sangis, "
            + "Hela kommunen.",
        "Rad 3, kolumn «fråga»: «TRYGG_DAGTID» är ingen känd frågekod. Tillåtna koder: TRYGG_KVALL, OTRYGG_KVALL, ORO_BROTT, "
            + "ORO_OVERFALL, ORO_INBROTT, UTSATT_BROTT, UTSATT_SKADEGORELSE, PROBLEM_NEDSKRAPNING, PROBLEM_KLOTTER, "
            + "PROBLEM_UNGDOMSGANG, PROBLEM_BUSKORNING, PROBLEM_NARKOTIKA, PROBLEM_BELYSNING, FORTROENDE_POLIS.");
  }

  @Test
  void aRowForAnotherYearIsRefused() {
    assertRefused(parse(csv(HEADER, "2024;Töre;TRYGG_KVALL;79;62", "2023;Töre;ORO_BROTT;20;62")),
        "Rad 3, kolumn «år»: är 2023 men importen gäller 2024. En fil får bara innehålla ett år.");
  }

  @Test
  void theSameAreaAndQuestionTwiceIsRefused() {
    assertRefused(parse(csv(HEADER, "2024;Töre;TRYGG_KVALL;79;62", "", "2024;töre;trygg_kvall;80;62")),
        "Rad 4: området «Töre» och frågan TRYGG_KVALL för 2024 finns redan på rad 2. Varje område och fråga får bara förekomma en gång.");
  }

  @Test
  void aFileThatIsNotUtf8IsRefusedNamingTheLine() {
    byte[] latin1 = (HEADER.replace("å", "a") + "\r\n2024;Nyborg;TRYGG_KVALL;72;120\r\n2024;Töre;TRYGG_KVALL;79;62\r\n")
        .getBytes(StandardCharsets.ISO_8859_1);

    SafetySurveyParser.Result result = parse(latin1);

    assertRefused(result, "Filen är inte UTF-8 (rad 3 har tecken som inte kan läsas, troligen å, ä eller ö i en annan "
        + "teckenkodning). Spara filen i Excel som «CSV UTF-8 (kommaavgränsad) (*.csv)» och försök igen.");
    assertThat(result.problems().get(0).line()).isEqualTo(3);
  }

  @Test
  void aFileOverTheSizeLimitIsRefusedWithoutBeingRead() {
    SafetySurveyParser small = new SafetySurveyParser(2 * 1024 * 1024, 5_000);
    byte[] content = new byte[2 * 1024 * 1024 + 1];

    SafetySurveyParser.Result result = small.parse(content, 2024, "Kalix", KALIX_AREAS);

    assertRefused(result, "Filen är för stor (2 MB eller mer). Största tillåtna storlek är 2 MB. Kontrollera att det är rätt "
        + "fil; en trygghetsmätning är normalt bara några kB.");
    assertThat(parser.maxBytes()).isEqualTo(5 * 1024 * 1024);
  }

  @Test
  void aFileWithTooManyRowsIsRefused() {
    SafetySurveyParser few = new SafetySurveyParser(SafetySurveyParser.DEFAULT_MAX_BYTES, 2);

    SafetySurveyParser.Result result = few.parse(csv(HEADER, "2024;Töre;TRYGG_KVALL;79;62", "2024;Töre;ORO_BROTT;20;62",
        "2024;Töre;ORO_INBROTT;20;62"), 2024, "Kalix", KALIX_AREAS);

    assertRefused(result, "Rad 4: filen har fler än 2 rader med svar. En trygghetsmätning har en rad per område och fråga; "
        + "kontrollera att det är rätt fil.");
  }

  @Test
  void cellsASpreadsheetWouldRunAsAFormulaAreRefused() {
    SafetySurveyParser.Result result = parse(csv(HEADER,
        "2024;=HYPERLINK(\"http://example.org\");TRYGG_KVALL;79;62",
        "2024;Töre;+ORO_BROTT;20;62",
        "2024;-Töre;ORO_INBROTT;20;62",
        "2024;@SUM(A1);ORO_OVERFALL;20;62",
        "2024;\"\tTöre\";UTSATT_BROTT;20;62",
        "2024;\"\rTöre\";PROBLEM_KLOTTER;20;62",
        "2024;Töre;PROBLEM_BELYSNING;=1+1;62",
        "2024;Töre;PROBLEM_NARKOTIKA;20; =2"));

    String tail = ", som kalkylprogram kan tolka som en formel. Ta bort tecknet.";
    assertRefused(result,
        "Rad 2, kolumn «område»: börjar med «=»" + tail,
        "Rad 3, kolumn «fråga»: börjar med «+»" + tail,
        "Rad 4, kolumn «område»: börjar med «-»" + tail,
        "Rad 5, kolumn «område»: börjar med «@»" + tail,
        "Rad 6, kolumn «område»: börjar med ett tabbtecken" + tail,
        "Rad 7, kolumn «område»: börjar med en vagnretur (CR)" + tail,
        "Rad 8, kolumn «andel_procent»: börjar med «=»" + tail,
        "Rad 9, kolumn «antal_svar»: börjar med «=»" + tail);
  }

  @Test
  void aRowWithTheWrongNumberOfFieldsOrABrokenQuoteIsRefused() {
    assertRefused(parse(csv(HEADER, "2024;Töre;TRYGG_KVALL;79")),
        "Rad 2: raden har 4 fält men rubrikraden har 5. Fälten ska avgränsas med semikolon (;).");
    SafetySurveyParser.Result broken = parse(csv(HEADER, "2024;Töre;TRYGG_KVALL;79;62", "2024;\"Töre\"x;ORO_BROTT;79;62"));
    assertThat(broken.rows()).isEmpty();
    assertThat(broken.problems()).extracting(SurveyProblem::message)
        .containsExactly("Rad 3: raden kunde inte läsas som CSV. Kontrollera citattecknen (\") på raden.");
  }

  @Test
  void allProblemsOfTheFileAreCollectedAndTheListIsCapped() {
    String[] lines = new String[61];
    lines[0] = HEADER;
    for (int i = 1; i <= 60; i++) {
      lines[i] = "2024;Töre;TRYGG_KVALL;" + (100 + i) + ";62";
    }

    SafetySurveyParser.Result result = parse(csv(lines));

    assertThat(result.rows()).isEmpty();
    // 60 out-of-range shares, and 59 repetitions of Töre/TRYGG_KVALL
    assertThat(result.problemCount()).isEqualTo(119);
    assertThat(result.problems()).hasSize(SafetySurveyParser.MAX_LISTED_PROBLEMS);
    assertThat(result.unlistedProblems()).isEqualTo(69);
    assertThat(result.problems().get(0).line()).isEqualTo(2);
  }

  @Test
  void oneBadRowAmongGoodOnesRefusesTheWholeFile() {
    assertRefused(parse(csv(HEADER, "2024;Töre;TRYGG_KVALL;79;62", "2024;Nyborg;TRYGG_KVALL;72;120", "2024;Sangis;TRYGG_KVALL;75;")),
        "Rad 4, kolumn «antal_svar»: måste fyllas i.");
  }

  @Test
  void invisibleControlAndBidiCharactersInACellAreRefusedNamingLineAndColumn() {
    assertRefused(parse(csv(HEADER, "2024;Nyborg\u202E;TRYGG_KVALL;72.5;120", "2024;Töre;ORO_BROTT;1\u0007;7")),
        "Rad 2, kolumn «område»: innehåller osynliga styrtecken som inte är tillåtna. Skriv om värdet utan dem.",
        "Rad 3, kolumn «andel_procent»: innehåller osynliga styrtecken som inte är tillåtna. Skriv om värdet utan dem.");
  }
}
