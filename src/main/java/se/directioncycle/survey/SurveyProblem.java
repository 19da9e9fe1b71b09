package se.directioncycle.survey;

/**
 * One thing wrong with an uploaded survey file. {@code line} is the line in the file (1 = the header row),
 * null for the file as a whole; {@code column} is the header name, null for a whole line. The message is
 * Swedish, complete, and says where: "Rad 7, kolumn «andel_procent»: måste vara …".
 */
record SurveyProblem(Integer line, String column, String message) {

  static SurveyProblem file(String text) {
    return new SurveyProblem(null, null, text);
  }

  static SurveyProblem line(int line, String text) {
    return new SurveyProblem(line, null, "Rad " + line + ": " + text);
  }

  static SurveyProblem cell(int line, String column, String text) {
    return new SurveyProblem(line, column, "Rad " + line + ", kolumn «" + column + "»: " + text);
  }
}
