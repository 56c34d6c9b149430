package uk.casetrail.ui.forms;

import org.springframework.stereotype.Component;
import uk.casetrail.events.assessment.AssessmentOutcome;
import uk.casetrail.events.child.ChildDetail;
import uk.casetrail.events.codes.AbuseCategory;
import uk.casetrail.events.codes.ClosureReason;
import uk.casetrail.events.codes.Disability;
import uk.casetrail.events.codes.Ethnicity;
import uk.casetrail.events.codes.Factor;
import uk.casetrail.events.codes.PrimaryNeed;
import uk.casetrail.events.codes.ReferralSource;
import uk.casetrail.events.codes.Sex;
import uk.casetrail.events.codes.UpnUnknownReason;
import uk.casetrail.events.protection.ConferenceDecision;
import uk.casetrail.events.protection.ConferenceKind;
import uk.casetrail.events.protection.StrategyDecision;
import uk.casetrail.events.recording.NoteKind;
import uk.casetrail.events.referral.ReferralDecision;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static uk.casetrail.ui.forms.Field.Kind.CHECKBOX;
import static uk.casetrail.ui.forms.Field.Kind.CHOICE;
import static uk.casetrail.ui.forms.Field.Kind.CHOICES;
import static uk.casetrail.ui.forms.Field.Kind.DATE;
import static uk.casetrail.ui.forms.Field.Kind.INSTANT;
import static uk.casetrail.ui.forms.Field.Kind.LONG_TEXT;
import static uk.casetrail.ui.forms.Field.Kind.NAMES;
import static uk.casetrail.ui.forms.Field.Kind.TEXT;
import static uk.casetrail.ui.forms.Field.Kind.YES_NO;
import static uk.casetrail.ui.forms.Field.hidden;
import static uk.casetrail.ui.forms.Field.optional;
import static uk.casetrail.ui.forms.Field.required;

/**
 * A form for every write of the API. The rules are explained here for people; they are enforced by
 * the write model alone, whose messages the form shows beside the fields.
 */
@Component
public class WriteForms {

    private final Map<String, WriteForm> byKey = new LinkedHashMap<>();

    WriteForms() {
        add("register", "Register a child", "Give the child's names. Give a date of birth, or an expected date of birth "
                + "for an unborn child. The NHS number and UPN are checked; without a UPN, give the reason it is unknown.",
                "/api/children",
                required("givenName", "Given name", TEXT), required("familyName", "Family name", TEXT),
                optional("dateOfBirth", "Date of birth", DATE),
                optional("expectedDateOfBirth", "Expected date of birth", DATE).hint("For an unborn child"),
                optional("sex", "Sex", CHOICE).of(Sex.class), optional("ethnicity", "Ethnicity", CHOICE).of(Ethnicity.class),
                optional("nhsNumber", "NHS number", TEXT).hint("10 digits, for example 943 476 5919"),
                optional("upn", "Unique pupil number (UPN)", TEXT).hint("13 characters, starting with a check letter"),
                optional("upnUnknownReason", "Reason the UPN is unknown", CHOICE).of(UpnUnknownReason.class),
                optional("formerUpn", "Former UPN", TEXT), optional("dateOfDeath", "Date of death", DATE),
                optional("disabilities", "Disabilities", CHOICES).of(Disability.class));
        add("correction", "Correct the child's details", "A correction never edits the record: it is kept beside "
                + "the original with your reason.", "/api/children/{childId}/corrections",
                new Field("field", "Detail to correct", null, CHOICE, Arrays.stream(ChildDetail.values())
                        .map(d -> new Field.Option(d.fieldName(), d.fieldName())).toList(), true),
                optional("value", "Corrected value", TEXT).hint("Leave empty to clear the detail; codes for coded details; "
                        + "disabilities as codes separated by commas"),
                required("reason", "Reason for the correction", TEXT));
        add("restriction", "Restrict the record", "Only the named users will open this record; anyone else must "
                + "break glass, which is audited and reviewed. Team managers only.", "/api/children/{childId}/restriction",
                required("reason", "Reason", TEXT), required("namedUsers", "Named users", NAMES).hint("User names, separated by commas"));
        add("break-glass", "Break glass", "Opens this record to you for a short time. Write why you must see it now: "
                + "the justification is audited and reviewed by an auditor.", "/api/children/{childId}/break-glass",
                required("justification", "Justification", LONG_TEXT).hint("At least 40 characters"));
        add("case-break-glass", "Break glass", "Opens the record of this case's child to you for a short time. Write why "
                + "you must see it now: the justification is audited and reviewed by an auditor.", "/api/cases/{caseId}/break-glass",
                required("justification", "Justification", LONG_TEXT).hint("At least 40 characters"));
        add("primary-need", "Record the primary need", "The primary need of the referral, left out at the decision or "
                + "to be corrected. The census asks for one for every referral.", "/api/cases/{caseId}/primary-need",
                required("primaryNeed", "Primary need", CHOICE).of(PrimaryNeed.class),
                required("reason", "Why it is recorded now", TEXT));
        add("contact", "Record a contact", "A contact opens a case, held by your team until it is allocated. "
                + "A decision on the referral is due within 1 working day.", "/api/cases",
                hidden("childId"),
                required("contactReceivedAt", "When the contact was received", INSTANT).hint("UK time"),
                required("referralSource", "Referral source", CHOICE).of(ReferralSource.class),
                optional("summary", "What was reported", LONG_TEXT));
        add("decision", "Decide on the contact", "Nothing else can be recorded on the case until the contact is "
                + "decided. A referral starts the assessment clock (45 working days).", "/api/cases/{caseId}/referral-decision",
                required("decision", "Decision", CHOICE).of(ReferralDecision.class),
                required("decidedAt", "When it was decided", INSTANT).hint("UK time"),
                optional("primaryNeed", "Primary need", CHOICE).of(PrimaryNeed.class),
                optional("rationale", "Rationale", LONG_TEXT));
        add("allocation", "Allocate the case", "The allocated worker and team hold the case from now on.",
                "/api/cases/{caseId}/allocation",
                required("worker", "Worker", TEXT).hint("User name, for example alice: the names cases are allocated to are offered as you type"),
                required("team", "Team", TEXT).hint("The teams holding cases are offered as you type; check the spelling of a new one"));
        add("assessment", "Start an assessment", "A single assessment is due 45 working days after the referral.",
                "/api/cases/{caseId}/assessments", required("startedOn", "Started on", DATE));
        add("child-seen", "Record that the child was seen", "An assessment cannot be completed until the child has been seen.",
                "/api/cases/{caseId}/assessments/{assessmentId}/child-seen",
                required("seenOn", "Seen on", DATE), optional("seenAlone", "The child was seen alone", CHECKBOX));
        add("completion", "Complete the assessment", "Only after the child was seen. Completed after the due date, "
                + "it needs a reason for the delay.", "/api/cases/{caseId}/assessments/{assessmentId}/completion",
                required("completedOn", "Completed on", DATE),
                required("factors", "Factors identified", CHOICES).of(Factor.class).hint("Choose 21 if there were no factors"),
                required("outcome", "Outcome", CHOICE).of(AssessmentOutcome.class),
                optional("lateReason", "Reason for completing late", LONG_TEXT).hint("Required when past the due date"));
        add("strategy-discussion", "Record a strategy discussion", "A decision to start a section 47 enquiry sets the "
                + "initial child protection conference due within 15 working days.", "/api/cases/{caseId}/strategy-discussions",
                required("heldOn", "Held on", DATE), required("decision", "Decision", CHOICE).of(StrategyDecision.class));
        add("enquiry", "Start a section 47 enquiry", "Follows a strategy discussion that decided on section 47.",
                "/api/cases/{caseId}/section-47-enquiries", required("startedOn", "Started on", DATE));
        add("enquiry-conclusion", "Conclude the section 47 enquiry", "Say whether an initial child protection "
                + "conference is required.", "/api/cases/{caseId}/section-47-enquiries/{enquiryId}/conclusion",
                required("concludedOn", "Concluded on", DATE),
                required("icpcRequired", "Is an initial child protection conference required?", YES_NO));
        add("conference", "Record a conference", "An initial conference is held on a working day. A decision for a "
                + "child protection plan needs a category of abuse; a review may change it.", "/api/cases/{caseId}/conferences",
                required("kind", "Kind of conference", CHOICE).of(ConferenceKind.class), required("heldOn", "Held on", DATE),
                required("decision", "Decision", CHOICE).of(ConferenceDecision.class),
                optional("category", "Category of abuse", CHOICE).of(AbuseCategory.class));
        add("cin-plan", "Start a child in need plan", "", "/api/cases/{caseId}/child-in-need-plans",
                required("startedOn", "Started on", DATE));
        add("cin-plan-end", "End the child in need plan", "", "/api/cases/{caseId}/child-in-need-plans/{planId}/end",
                required("endedOn", "Ended on", DATE));
        add("note", "Record a case note", "Flag significant notes: they appear in the significant-only chronology. "
                + "Your draft is kept in this browser until it is recorded.", "/api/cases/{caseId}/notes",
                required("kind", "Kind of note", CHOICE).of(NoteKind.class), required("occurredOn", "Happened on", DATE),
                required("summary", "What happened", LONG_TEXT).hint("The facts: what was seen, said and done"),
                optional("impact", "Impact on the child", LONG_TEXT).hint("Your analysis of what this means for the child"),
                optional("actionTaken", "Action taken", LONG_TEXT), optional("significant", "Significant event", CHECKBOX),
                optional("source", "Source (who told us)", TEXT), optional("childSeen", "The child was seen", CHECKBOX),
                optional("seenAlone", "The child was seen alone", CHECKBOX), optional("location", "Where", TEXT));
        add("note-correction", "Correct a case note", "The original note stays visible, marked as corrected.",
                "/api/cases/{caseId}/notes/{noteId}/corrections",
                required("summary", "What happened, corrected", LONG_TEXT),
                optional("impact", "Impact on the child, corrected", LONG_TEXT)
                        .hint("Leave empty to keep the note's; to withdraw it, say so here"),
                optional("actionTaken", "Action taken, corrected", LONG_TEXT).hint("Leave empty to keep the note's"),
                required("reason", "Reason for the correction", TEXT));
        add("involvement", "Record an agency's involvement", "The agency's practitioners may then see the child's "
                + "basic details and their own contributions.", "/api/cases/{caseId}/involvements",
                required("agency", "Agency", TEXT), required("practitioner", "Practitioner", TEXT),
                required("role", "Role", TEXT), required("from", "Involved from", DATE));
        add("closure", "Close the case", "Team managers only. After closure with RC8 or RC9 nothing more can be "
                + "recorded until the case is reopened.", "/api/cases/{caseId}/closure",
                required("closedOn", "Closed on", DATE), required("reason", "Reason for closure", CHOICE).of(ClosureReason.class));
        add("reopening", "Reopen the case", "", "/api/cases/{caseId}/reopening",
                required("reopenedOn", "Reopened on", DATE), required("reason", "Reason", TEXT));
    }

    private void add(String key, String title, String rules, String apiPath, Field... fields) {
        byKey.put(key, new WriteForm(key, title, rules, apiPath, List.of(fields)));
    }

    public Optional<WriteForm> byKey(String key) {
        return Optional.ofNullable(byKey.get(key));
    }
}
