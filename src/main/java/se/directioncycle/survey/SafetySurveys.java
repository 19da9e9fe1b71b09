package se.directioncycle.survey;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.directioncycle.engine.EngineClock;
import se.directioncycle.input.InvalidInputException;
import org.apache.commons.codec.digest.DigestUtils;

/** Stores valid survey files: the first import of a municipality's year, or a replacement of it, in one transaction. */
@Service
public class SafetySurveys {

  private static final Logger LOG = LoggerFactory.getLogger(SafetySurveys.class);

  private final SafetySurveyRepository surveys;

  SafetySurveys(SafetySurveyRepository surveys) {
    this.surveys = surveys;
  }

  /** What a stored import looks like to its caller. */
  public record Stored(SafetySurvey survey, boolean replacedEarlier) {}

  /** @param rows a valid file's rows ({@link SafetySurveyParser.Result#valid()}) */
  @Transactional
  public Stored replace(String municipality, int year, List<SafetySurveyParser.ParsedRow> rows, byte[] file, String importedBy) {
    if (rows.isEmpty()) {
      throw new IllegalArgumentException("Only a valid file with rows is stored");
    }
    Optional<SafetySurvey> earlier = surveys.findByMunicipalityAndYear(municipality, year);
    earlier.ifPresent(survey -> {
      surveys.delete(survey);
      surveys.flush();
    });
    SafetySurvey survey = new SafetySurvey(municipality, year, EngineClock.now(), importedBy, DigestUtils.sha256Hex(file));
    for (SafetySurveyParser.ParsedRow row : rows) {
      survey.add(new SafetySurveyRow(survey, row.area(), row.question(), row.sharePercent(), row.respondents()));
    }
    SafetySurvey saved = surveys.saveAndFlush(survey);
    LOG.info("Safety survey stored: municipality={} year={} rows={} sha256={} replacedEarlier={}",
        municipality, year, saved.getRowCount(), saved.getFileSha256(), earlier.isPresent());
    return new Stored(saved, earlier.isPresent());
  }

  /**
   * Checks a whole file as the API does (one parser): the valid rows, or {@link InvalidInputException} with a first
   * sentence saying nothing was saved and then every problem with its line and column, in Swedish.
   */
  public List<SafetySurveyParser.ParsedRow> check(byte[] content, int year, String municipalityName, List<String> areas) {
    SafetySurveyParser.Result result = new SafetySurveyParser().parse(content, year, municipalityName, areas);
    if (result.valid()) {
      return result.rows();
    }
    LOG.info("Refused safety-survey file for {} {}: {} problem(s), {} bytes", municipalityName, year,
        result.problemCount(), content.length);
    List<String> problems = new ArrayList<>();
    problems.add("Filen togs inte emot: " + (result.problemCount() == 1 ? "1 fel" : result.problemCount() + " fel")
        + ". Inget har sparats; en tidigare import av " + year + " finns kvar oförändrad. Rätta felen och välj filen igen.");
    result.problems().forEach(problem -> problems.add(problem.message()));
    if (result.unlistedProblems() > 0) {
      problems.add("… och " + result.unlistedProblems() + " fel till.");
    }
    throw new InvalidInputException(problems);
  }

  @Transactional(readOnly = true)
  public Optional<SafetySurvey> find(String municipality, int year) {
    Optional<SafetySurvey> survey = surveys.findByMunicipalityAndYear(municipality, year);
    survey.ifPresent(s -> s.getRows().size());
    return survey;
  }

  /** The municipality's surveys of these years, oldest first, with their rows. */
  @Transactional(readOnly = true)
  public List<SafetySurvey> ofYears(String municipality, int firstYear, int lastYear) {
    List<SafetySurvey> found = surveys.findByMunicipalityAndYearBetweenOrderByYear(municipality, firstYear, lastYear);
    found.forEach(s -> s.getRows().size());
    return found;
  }
}
