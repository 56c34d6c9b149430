package uk.casetrail.ui.returns;

import uk.casetrail.events.child.ChildDetail;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Where each census issue of a child is mended, so the fix is one click away: a child's detail by the
 * correction form with that detail chosen, a case's field by the form that records it, and what no form
 * records directly (a date of a past step) by the case page, where that step's forms are.
 */
public final class CensusFixes {

    private static final Set<String> CORRECTABLE = Arrays.stream(ChildDetail.values()).map(ChildDetail::fieldName)
            .collect(Collectors.toUnmodifiableSet());

    private record Link(String href, String action) {
    }

    private CensusFixes() {
    }

    /** The practitioners who mend the record see its census issues; others who may open it (an inspector) are not shown them. */
    public static boolean shownTo(String role) {
        return "SOCIAL_WORKER".equals(role) || "TEAM_MANAGER".equals(role);
    }

    /**
     * The answer of GET /api/census-issues, as each case of a caseload shows it: the issues of that case
     * and those of its child's own details, by case id.
     */
    public static Map<String, List<CensusFix>> byCase(Map<String, Object> answer, List<Map<String, Object>> cases) {
        Map<String, List<CensusFix>> byChild = new HashMap<>();
        if (answer.get("entries") instanceof List<?> entries) {
            for (Object entry : entries) {
                Map<String, Object> child = asMap(entry);
                byChild.put(text(child.get("childId")), of(child, Map.of()));
            }
        }
        Map<String, List<CensusFix>> byCase = new HashMap<>();
        for (Map<String, Object> row : cases) {
            String caseId = text(row.get("caseId"));
            byCase.put(caseId, byChild.getOrDefault(text(row.get("childId")), List.of()).stream()
                    .filter(f -> f.caseId() == null || f.caseId().equals(caseId)).toList());
        }
        return byCase;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> asMap(Object json) {
        return (Map<String, Object>) json;
    }

    /**
     * The issues of GET /api/children/{childId}/census-issues, each with its fix. openAssessments names, by
     * case id, the assessment still open on that case, when the page knows it (the case page does).
     */
    public static List<CensusFix> of(Map<String, Object> answer, Map<String, String> openAssessments) {
        List<CensusFix> fixes = new ArrayList<>();
        if (!(answer.get("issues") instanceof List<?> issues)) {
            return fixes;
        }
        for (Object item : issues) {
            Map<?, ?> issue = (Map<?, ?>) item;
            String childId = text(issue.get("childId"));
            String caseId = text(issue.get("caseId"));
            String field = text(issue.get("field"));
            Link fix = fix(childId, caseId, field, caseId == null ? null : openAssessments.get(caseId));
            fixes.add(new CensusFix(text(issue.get("rule")), text(issue.get("severity")), text(issue.get("message")),
                    field, caseId, fix.href(), fix.action()));
        }
        return fixes;
    }

    private static Link fix(String childId, String caseId, String field, String openAssessment) {
        if (CORRECTABLE.contains(field)) {
            return new Link("/children/" + childId + "/record/correction?field=" + field, "Correct the " + field);
        }
        if (caseId == null) {
            return new Link("/children/" + childId, "Open the child's record");
        }
        String onCase = "/cases/" + caseId;
        return switch (field) {
            case "primaryNeed" -> new Link(onCase + "/record/primary-need", "Record the primary need");
            case "factors", "completedOn" -> openAssessment == null
                    ? new Link(onCase + "#assessments", "Check the case's assessments")
                    : new Link(onCase + "/record/completion?assessmentId=" + openAssessment, "Complete the assessment");
            default -> new Link(onCase + "#record-actions", "Open the case to correct the " + field);
        };
    }

    private static String text(Object value) {
        return Objects.toString(value, null);
    }
}
