package se.directioncycle.compliance;

import java.util.List;
import se.directioncycle.compliance.ComplianceReport.Evidence;

/**
 * What the other features hold for one municipality and year, already turned into evidence lines, for
 * {@link ComplianceRules} to judge. Built by {@link ComplianceService}; unit tests build it by hand.
 *
 * @param coordinators the people in the municipality's coordinator group, by display name
 * @param situationReports the year's approved quarterly situation reports
 * @param annualPicture the year's compiled annual picture, or null
 * @param actionPlanDecision the board's decision on the year's action plan, or null
 * @param actionPlanPending the year's annual assessment exists but its action plan is not decided yet
 * @param directionDecisions the council's registered direction decisions of the year
 * @param evaluations the year's evaluations of earlier quarters' interventions
 * @param boardReports the quarterly reports to the municipal board of cycles closed that year
 * @param agreements cooperation agreements with the police valid some day of the year
 * @param citizenPromises citizen-promise periods signed with the police and in force some day of the year
 */
record ComplianceFacts(String municipalityId, String municipality, int year, List<String> coordinators,
    List<Evidence> situationReports, Evidence annualPicture, Evidence actionPlanDecision, boolean actionPlanPending,
    List<Evidence> directionDecisions, List<Evidence> evaluations, List<Evidence> boardReports,
    List<Evidence> agreements, List<Evidence> citizenPromises) {}
