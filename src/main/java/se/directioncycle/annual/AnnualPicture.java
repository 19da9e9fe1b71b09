package se.directioncycle.annual;

import java.util.Map;

/**
 * The compiled picture of a year: which survey and how many quarterly reports it rests on, the text, and the
 * year's observations per problem category (unsuppressed: callers rank with it and suppress what they show).
 */
public record AnnualPicture(Long surveyId, int quarterReports, String summary, Map<String, Integer> observations) {}
