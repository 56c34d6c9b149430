package uk.casetrail.ui.returns;

import uk.casetrail.events.child.ChildDetail;

import java.util.ArrayList;
import java.util.Arrays;
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
            case "primaryNeed" -> new Link(onCase + "/record/decision", "Record the decision with its primary need");
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
