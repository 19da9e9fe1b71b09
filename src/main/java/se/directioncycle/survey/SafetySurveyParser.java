package se.directioncycle.survey;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import se.directioncycle.input.ControlCharacters;

/**
 * Reads and validates a whole safety-survey file (docs/safety-survey-format.md). Every problem is
 * collected (the first {@value #MAX_LISTED_PROBLEMS} are listed, the rest counted); rows are returned
 * only when there is none, so a caller stores all of the file or nothing. No I/O, no state.
 */
public final class SafetySurveyParser {

  public static final int DEFAULT_MAX_BYTES = 5 * 1024 * 1024;
  public static final int DEFAULT_MAX_ROWS = 5_000;
  public static final int MAX_LISTED_PROBLEMS = 50;
  /** A row for the municipality as a whole, besides its configured areas. */
  public static final String WHOLE_MUNICIPALITY = "Hela kommunen";

  static final String YEAR = "år";
  static final String AREA = "område";
  static final String QUESTION = "fråga";
  static final String SHARE = "andel_procent";
  static final String RESPONDENTS = "antal_svar";
  static final List<String> COLUMNS = List.of(YEAR, AREA, QUESTION, SHARE, RESPONDENTS);
  private static final String HEADER_EXAMPLE = String.join(";", COLUMNS);
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
  private static final int MAX_RESPONDENTS = 9_999_999;

  /** A valid row of the file. */
  public record ParsedRow(int line, String area, SurveyQuestion question, BigDecimal sharePercent, int respondents) {}

  /** Either rows (and no problems) or problems (and no rows). */
  public record Result(List<ParsedRow> rows, List<SurveyProblem> problems, int problemCount) {
    public boolean valid() {
      return problemCount == 0;
    }

    public int unlistedProblems() {
      return problemCount - problems.size();
    }
  }

  private final int maxBytes;
  private final int maxRows;

  public SafetySurveyParser() {
    this(DEFAULT_MAX_BYTES, DEFAULT_MAX_ROWS);
  }

  public SafetySurveyParser(int maxBytes, int maxRows) {
    this.maxBytes = maxBytes;
    this.maxRows = maxRows;
  }

  public int maxBytes() {
    return maxBytes;
  }

  /**
   * @param content the uploaded bytes (may be longer than the limit: that is reported, not read)
   * @param year the year the import is for
   * @param municipalityName shown in messages
   * @param areas the municipality's configured areas; {@value #WHOLE_MUNICIPALITY} is always allowed too
   */
  public Result parse(byte[] content, int year, String municipalityName, List<String> areas) {
    Problems problems = new Problems();
    if (content.length > maxBytes) {
      problems.add(SurveyProblem.file("Filen är för stor (" + megabytes(content.length) + " MB eller mer). Största tillåtna storlek är "
          + megabytes(maxBytes) + " MB. Kontrollera att det är rätt fil; en trygghetsmätning är normalt bara några kB."));
      return problems.result();
    }
    Optional<String> text = decodeStrictly(content, problems);
    if (text.isEmpty()) {
      return problems.result();
    }
    String csv = text.get().startsWith("\uFEFF") ? text.get().substring(1) : text.get();
    if (csv.isBlank()) {
      problems.add(SurveyProblem.file("Filen är tom. Den ska börja med rubrikraden «" + HEADER_EXAMPLE + "» följd av en rad per område och fråga."));
      return problems.result();
    }
    new FileReader(csv, year, municipalityName, areas, problems).read();
    return problems.result();
  }

  private static String megabytes(long bytes) {
    return Long.toString(bytes / (1024 * 1024));
  }

  private static Optional<String> decodeStrictly(byte[] content, Problems problems) {
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(content);
    CharBuffer out = CharBuffer.allocate(content.length + 1);
    CoderResult result = decoder.decode(in, out, true);
    if (!result.isError()) {
      result = decoder.flush(out);
    }
    if (result.isError()) {
      int line = 1;
      for (int i = 0; i < in.position(); i++) {
        if (content[i] == '\n') {
          line++;
        }
      }
      problems.add(new SurveyProblem(line, null, "Filen är inte UTF-8 (rad " + line + " har tecken som inte kan läsas, "
          + "troligen å, ä eller ö i en annan teckenkodning). Spara filen i Excel som «CSV UTF-8 (kommaavgränsad) (*.csv)» och försök igen."));
      return Optional.empty();
    }
    out.flip();
    return Optional.of(out.toString());
  }

  /** Caps the listed problems and counts the rest. */
  private static final class Problems {
    private final List<SurveyProblem> listed = new ArrayList<>();
    private int count;
    private final List<ParsedRow> rows = new ArrayList<>();

    void add(SurveyProblem problem) {
      count++;
      if (listed.size() < MAX_LISTED_PROBLEMS) {
        listed.add(problem);
      }
    }

    Result result() {
      return count == 0 ? new Result(List.copyOf(rows), List.of(), 0) : new Result(List.of(), List.copyOf(listed), count);
    }
  }

  /** One pass over the decoded text. */
  private final class FileReader {
    private final String csv;
    private final int year;
    private final String municipalityName;
    private final Map<String, String> areasByKey = new LinkedHashMap<>();
    private final Problems problems;
    private final int[] lineStarts;

    FileReader(String csv, int year, String municipalityName, List<String> areas, Problems problems) {
      this.csv = csv;
      this.year = year;
      this.municipalityName = municipalityName;
      this.problems = problems;
      for (String area : areas) {
        areasByKey.put(area.toLowerCase(Locale.ROOT), area);
      }
      areasByKey.put(WHOLE_MUNICIPALITY.toLowerCase(Locale.ROOT), WHOLE_MUNICIPALITY);
      this.lineStarts = lineStarts(csv);
    }

    void read() {
      CSVFormat format = CSVFormat.Builder.create()
          .setDelimiter(';')
          .setQuote('"')
          .setIgnoreEmptyLines(false)
          .setIgnoreSurroundingSpaces(false)
          .get();
      try (CSVParser parser = CSVParser.parse(csv, format)) {
        Iterator<CSVRecord> records = parser.iterator();
        Map<String, Integer> header = null;
        Map<String, Integer> seen = new HashMap<>();
        int dataRows = 0;
        long linesRead = 0;
        while (true) {
          CSVRecord record;
          try {
            if (!records.hasNext()) {
              break;
            }
            record = records.next();
            linesRead = parser.getCurrentLineNumber();
          } catch (UncheckedIOException | IllegalStateException e) {
            // the broken record starts on the line after the last one read
            problems.add(SurveyProblem.line((int) linesRead + 1,
                "raden kunde inte läsas som CSV. Kontrollera citattecknen (\") på raden."));
            return;
          }
          if (isBlank(record)) {
            continue;
          }
          int line = lineOf(record.getCharacterPosition());
          if (header == null) {
            header = header(record, line);
            if (header == null) {
              return;
            }
            continue;
          }
          dataRows++;
          if (dataRows > maxRows) {
            problems.add(SurveyProblem.line(line, "filen har fler än " + maxRows + " rader med svar. En trygghetsmätning har en rad per "
                + "område och fråga; kontrollera att det är rätt fil."));
            return;
          }
          row(record, line, header, seen);
        }
        if (header != null && dataRows == 0) {
          problems.add(SurveyProblem.file("Filen har bara en rubrikrad. Lägg till en rad per område och fråga under den."));
        }
      } catch (IOException e) {
        throw new UncheckedIOException("Reading an in-memory string cannot fail", e);
      }
    }

    private Map<String, Integer> header(CSVRecord record, int line) {
      Map<String, Integer> positions = new LinkedHashMap<>();
      int before = problems.count;
      for (int i = 0; i < record.size(); i++) {
        String name = record.get(i).strip().toLowerCase(Locale.ROOT);
        if (name.isEmpty()) {
          problems.add(SurveyProblem.line(line, "kolumn " + (i + 1) + " i rubrikraden saknar namn. Rubrikraden ska vara «" + HEADER_EXAMPLE + "»."));
        } else if (!COLUMNS.contains(name)) {
          problems.add(SurveyProblem.line(line, "okänd kolumn «" + shown(name) + "» (kolumn " + (i + 1) + "). Tillåtna kolumner är "
              + String.join(", ", COLUMNS) + ", åtskilda med semikolon (;)."));
        } else if (positions.containsKey(name)) {
          problems.add(SurveyProblem.line(line, "kolumnen «" + name + "» finns två gånger i rubrikraden."));
        } else {
          positions.put(name, i);
        }
      }
      for (String column : COLUMNS) {
        if (!positions.containsKey(column)) {
          problems.add(SurveyProblem.line(line, "kolumnen «" + column + "» saknas i rubrikraden. Rubrikraden ska vara «" + HEADER_EXAMPLE + "»."));
        }
      }
      return problems.count == before ? positions : null;
    }

    private void row(CSVRecord record, int line, Map<String, Integer> header, Map<String, Integer> seen) {
      if (record.size() != header.size()) {
        problems.add(SurveyProblem.line(line, "raden har " + record.size() + " fält men rubrikraden har " + header.size()
            + ". Fälten ska avgränsas med semikolon (;)."));
        return;
      }
      int before = problems.count;
      Map<String, String> cells = new HashMap<>();
      for (String column : COLUMNS) {
        String raw = record.get(header.get(column));
        String formula = formulaStart(raw, column);
        if (formula != null) {
          problems.add(SurveyProblem.cell(line, column, "börjar med " + formula + ", som kalkylprogram kan tolka som en formel. "
              + "Ta bort tecknet."));
        } else if (ControlCharacters.problemFor(column, raw) != null) {
          problems.add(SurveyProblem.cell(line, column, "innehåller osynliga styrtecken som inte är tillåtna. Skriv om"
              + " värdet utan dem."));
        } else if (raw.strip().isEmpty()) {
          problems.add(SurveyProblem.cell(line, column, "måste fyllas i."));
        } else {
          cells.put(column, raw.strip());
        }
      }
      Integer rowYear = cells.containsKey(YEAR) ? year(line, cells.get(YEAR)) : null;
      String area = cells.containsKey(AREA) ? area(line, cells.get(AREA)) : null;
      SurveyQuestion question = cells.containsKey(QUESTION) ? question(line, cells.get(QUESTION)) : null;
      BigDecimal share = cells.containsKey(SHARE) ? share(line, cells.get(SHARE)) : null;
      Integer respondents = cells.containsKey(RESPONDENTS) ? respondents(line, cells.get(RESPONDENTS)) : null;
      if (area != null && question != null) {
        String key = area + "\u0000" + question.name();
        Integer earlier = seen.putIfAbsent(key, line);
        if (earlier != null) {
          problems.add(SurveyProblem.line(line, "området «" + area + "» och frågan " + question.name() + " för " + year
              + " finns redan på rad " + earlier + ". Varje område och fråga får bara förekomma en gång."));
        }
      }
      if (problems.count == before && rowYear != null) {
        problems.rows.add(new ParsedRow(line, area, question, share, respondents));
      }
    }

    private Integer year(int line, String value) {
      if (!value.matches("\\d{4}")) {
        problems.add(SurveyProblem.cell(line, YEAR, "måste vara ett årtal med fyra siffror, t.ex. " + year + "."));
        return null;
      }
      int parsed = Integer.parseInt(value);
      if (parsed != year) {
        problems.add(SurveyProblem.cell(line, YEAR, "är " + parsed + " men importen gäller " + year
            + ". En fil får bara innehålla ett år."));
        return null;
      }
      return parsed;
    }

    private String area(int line, String value) {
      String area = areasByKey.get(value.toLowerCase(Locale.ROOT));
      if (area == null) {
        problems.add(SurveyProblem.cell(line, AREA, "«" + shown(value) + "» är inte ett område i " + municipalityName
            + ". Tillåtna områden: " + String.join(", ", areasByKey.values()) + "."));
      }
      return area;
    }

    private SurveyQuestion question(int line, String value) {
      Optional<SurveyQuestion> question = SurveyQuestion.fromCode(value);
      if (question.isEmpty()) {
        problems.add(SurveyProblem.cell(line, QUESTION, "«" + shown(value) + "» är ingen känd frågekod. Tillåtna koder: "
            + String.join(", ", Arrays.stream(SurveyQuestion.values()).map(Enum::name).toList()) + "."));
      }
      return question.orElse(null);
    }

    private BigDecimal share(int line, String value) {
      BigDecimal share = value.matches("\\d{1,3}([.,]\\d{1,2})?") ? new BigDecimal(value.replace(',', '.')) : null;
      if (share == null || share.compareTo(HUNDRED) > 0) {
        problems.add(SurveyProblem.cell(line, SHARE, "måste vara ett tal mellan 0 och 100, med högst två decimaler "
            + "(decimalkomma eller punkt, t.ex. 61,5)."));
        return null;
      }
      return share;
    }

    private Integer respondents(int line, String value) {
      if (!value.matches("\\d{1,7}")) {
        problems.add(SurveyProblem.cell(line, RESPONDENTS, "måste vara ett heltal mellan 0 och " + MAX_RESPONDENTS
            + " (antalet som svarat, utan mellanslag)."));
        return null;
      }
      return Integer.parseInt(value);
    }

    private int lineOf(long characterPosition) {
      int index = Arrays.binarySearch(lineStarts, (int) characterPosition);
      return (index >= 0 ? index : -index - 2) + 1;
    }
  }

  /**
   * A cell a spreadsheet could run as a formula. Numbers may carry a sign (they are then refused by the
   * range check), text may not start with one.
   */
  static String formulaStart(String raw, String column) {
    if (raw.isEmpty()) {
      return null;
    }
    char first = raw.charAt(0);
    if (first == '\t') {
      return "ett tabbtecken";
    }
    if (first == '\r') {
      return "en vagnretur (CR)";
    }
    String stripped = raw.stripLeading();
    if (stripped.isEmpty()) {
      return null;
    }
    char sign = stripped.charAt(0);
    boolean numeric = column.equals(YEAR) || column.equals(SHARE) || column.equals(RESPONDENTS);
    if (sign == '=' || sign == '@' || (!numeric && (sign == '+' || sign == '-'))) {
      return "«" + sign + "»";
    }
    return null;
  }

  private static boolean isBlank(CSVRecord record) {
    for (String value : record) {
      if (!value.isBlank()) {
        return false;
      }
    }
    return true;
  }

  /** A value quoted back in a message: short, one line, no control characters. */
  private static String shown(String value) {
    String clean = ControlCharacters.replaced(value);
    return clean.length() > 40 ? clean.substring(0, 40) + "…" : clean;
  }

  private static int[] lineStarts(String text) {
    List<Integer> starts = new ArrayList<>();
    starts.add(0);
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) == '\n') {
        starts.add(i + 1);
      }
    }
    return starts.stream().mapToInt(Integer::intValue).toArray();
  }
}
