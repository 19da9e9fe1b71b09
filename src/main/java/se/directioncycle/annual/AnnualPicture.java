package se.directioncycle.annual;

/** The compiled picture of a year: which survey and how many quarterly reports it rests on, and the text. */
public record AnnualPicture(Long surveyId, int quarterReports, String summary) {}
