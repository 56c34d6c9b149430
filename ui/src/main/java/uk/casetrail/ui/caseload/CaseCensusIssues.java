package uk.casetrail.ui.caseload;

import uk.casetrail.ui.returns.CensusFix;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/** A case of the caseload with the census issues it has, for the list under the caseload. */
record CaseCensusIssues(String caseId, String childName, List<CensusFix> fixes) {

    /** The cases, in the caseload's order, that have at least one issue. */
    static List<CaseCensusIssues> of(List<Map<String, Object>> cases, Map<String, List<CensusFix>> fixesByCase) {
        return cases.stream()
                .map(c -> new CaseCensusIssues(Objects.toString(c.get("caseId")), Objects.toString(c.get("childName")),
                        fixesByCase.getOrDefault(Objects.toString(c.get("caseId")), List.of())))
                .filter(c -> !c.fixes().isEmpty())
                .toList();
    }
}
