package uk.casetrail.app.reads;

import uk.casetrail.app.support.Api;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;

/** Drives one synthetic case through the HTTP write API, step by step, keeping its ids and version. */
final class CaseJourney {

    static final ZoneId LONDON = ZoneId.of("Europe/London");
    static final LocalDate TODAY = LocalDate.now(LONDON);

    final Api api;
    final String childId;
    final String caseId;
    long version;
    String assessmentId;
    String enquiryId;
    String noteId;

    private CaseJourney(Api api, String childId, String caseId, long version) {
        this.api = api;
        this.childId = childId;
        this.caseId = caseId;
        this.version = version;
    }

    static CaseJourney referred(Api api, String givenName, String familyName, LocalDate contactOn) {
        Api.Answer child = api.post("/api/children", "{\"givenName\":\"" + givenName + "\",\"familyName\":\"" + familyName
                + "\",\"dateOfBirth\":\"2016-04-04\",\"sex\":\"F\"}");
        assertThat(child.status()).as(child.toString()).isEqualTo(201);
        String at = contactOn.atTime(10, 0).atZone(LONDON).toInstant().toString();
        Api.Answer contact = api.post("/api/cases", "{\"childId\":\"" + child.text("childId") + "\",\"contactReceivedAt\":\""
                + at + "\",\"referralSource\":\"3B\",\"summary\":\"Health visitor concerned\"}");
        assertThat(contact.status()).as(contact.toString()).isEqualTo(201);
        CaseJourney journey = new CaseJourney(api, child.text("childId"), contact.text("caseId"), 0);
        journey.step("/referral-decision", "{\"decision\":\"REFERRAL\",\"decidedAt\":\"" + at + "\",\"primaryNeed\":\"N1\"}");
        return journey;
    }

    Api.Answer step(String path, String body) {
        Api.Answer answer = api.post("/api/cases/" + caseId + path, body);
        assertThat(answer.status()).as(path + " " + answer).isIn(200, 201);
        version = answer.version();
        return answer;
    }

    CaseJourney allocate(String worker, String team) {
        step("/allocation", "{\"worker\":\"" + worker + "\",\"team\":\"" + team + "\"}");
        return this;
    }

    CaseJourney startAssessment(LocalDate on) {
        assessmentId = step("/assessments", "{\"startedOn\":\"" + on + "\"}").text("id");
        return this;
    }

    CaseJourney childSeen(LocalDate on) {
        step("/assessments/" + assessmentId + "/child-seen", "{\"seenOn\":\"" + on + "\",\"seenAlone\":true}");
        return this;
    }

    CaseJourney completeAssessment(LocalDate on) {
        step("/assessments/" + assessmentId + "/completion",
                "{\"completedOn\":\"" + on + "\",\"factors\":[\"16A\"],\"outcome\":\"STRATEGY_DISCUSSION\"}");
        return this;
    }

    CaseJourney strategyDiscussion(LocalDate on) {
        step("/strategy-discussions", "{\"heldOn\":\"" + on + "\",\"decision\":\"SECTION_47\"}");
        return this;
    }

    CaseJourney enquiry(LocalDate startedOn, LocalDate concludedOn) {
        enquiryId = step("/section-47-enquiries", "{\"startedOn\":\"" + startedOn + "\"}").text("id");
        step("/section-47-enquiries/" + enquiryId + "/conclusion", "{\"concludedOn\":\"" + concludedOn + "\",\"icpcRequired\":true}");
        return this;
    }

    CaseJourney initialConference(LocalDate on, String category) {
        step("/conferences", "{\"kind\":\"INITIAL\",\"heldOn\":\"" + on + "\",\"decision\":\"CHILD_PROTECTION_PLAN\",\"category\":\"" + category + "\"}");
        return this;
    }

    CaseJourney review(LocalDate on, String decision, String category) {
        step("/conferences", "{\"kind\":\"REVIEW\",\"heldOn\":\"" + on + "\",\"decision\":\"" + decision + "\""
                + (category == null ? "" : ",\"category\":\"" + category + "\"") + "}");
        return this;
    }

    CaseJourney visit(LocalDate on, String summary) {
        noteId = step("/notes", "{\"kind\":\"VISIT\",\"occurredOn\":\"" + on + "\",\"summary\":\"" + summary
                + "\",\"significant\":true,\"childSeen\":true}").text("id");
        return this;
    }

    /** The case with a child protection plan from an initial conference on a weekday near the given day. */
    CaseJourney toPlan(LocalDate conferenceNear, String category) {
        LocalDate conference = weekday(conferenceNear);
        return startAssessment(conference.minusDays(20)).childSeen(conference.minusDays(19))
                .completeAssessment(conference.minusDays(15)).strategyDiscussion(conference.minusDays(14))
                .enquiry(conference.minusDays(13), conference.minusDays(6)).initialConference(conference, category);
    }

    static LocalDate weekday(LocalDate date) {
        LocalDate d = date;
        while (d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY) {
            d = d.plusDays(1);
        }
        return d;
    }

    Api.Answer view() {
        Api.Answer view = api.get("/api/cases/" + caseId + "?minVersion=" + version);
        assertThat(view.status()).as(view.toString()).isEqualTo(200);
        assertThat(view.header("Casetrail-Stale")).as("the view caught up with version " + version).isNull();
        return view;
    }
}
