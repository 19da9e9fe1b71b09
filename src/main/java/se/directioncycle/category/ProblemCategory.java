package se.directioncycle.category;

/**
 * One category as a municipality sees it.
 *
 * @param national whether the code comes from the national list (a municipality may rename or retire it)
 * @param retired no longer offered in new forms; what was recorded with it keeps it
 */
public record ProblemCategory(String code, String label, boolean national, boolean retired) {}
