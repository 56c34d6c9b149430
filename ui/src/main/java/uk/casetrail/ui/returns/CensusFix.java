package uk.casetrail.ui.returns;

/** A census issue as a practitioner sees it: which rule, how serious, what is wrong, and the form that mends it. */
public record CensusFix(String rule, String severity, String message, String field, String caseId, String href,
                        String action) {
}
