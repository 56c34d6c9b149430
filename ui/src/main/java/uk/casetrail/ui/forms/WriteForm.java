package uk.casetrail.ui.forms;

import java.util.List;

/**
 * A form for one write of the API: its title, the rules that apply in a practitioner's words, the
 * API path it posts to ({caseId}, {childId}, {assessmentId}... filled from the page address), and
 * its fields.
 */
public record WriteForm(String key, String title, String rules, String apiPath, List<Field> fields) {
}
