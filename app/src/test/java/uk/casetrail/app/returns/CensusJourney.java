package uk.casetrail.app.returns;

import uk.casetrail.app.support.Api;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;

/** A synthetic child and one case taken through the journey over HTTP, for the census tests. */
final class CensusJourney {

    static final ZoneId LONDON = ZoneId.of("Europe/London");
    static final LocalDate TODAY = LocalDate.now(LONDON);

    final Api api;
    final String childId;
    String caseId;
    String assessmentId;

    CensusJourney(Api api, String childJson) {
        this.api = api;
        Api.Answer child = api.post("/api/children", childJson);
        assertThat(child.status()).as(child.toString()).isEqualTo(201);
        this.childId = child.text("childId");
    }

    /** The child's LA child id, once the child's details have reached the read model (bounded wait). */
    String laChildId() {
        long deadline = System.nanoTime() + java.time.Duration.ofSeconds(30).toNanos();
        while (true) {
            Api.Answer child = api.get("/api/children/" + childId);
            if (child.status() == 200) {
                return child.text("laChildId");
            }
            assertThat(System.nanoTime()).as("the child's details reached the read model: " + child).isLessThan(deadline);
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }

    CensusJourney referred(LocalDate on, String primaryNeed) {
        String at = on.atTime(10, 0).atZone(LONDON).toInstant().toString();
        Api.Answer contact = api.post("/api/cases", "{\"childId\":\"" + childId + "\",\"contactReceivedAt\":\"" + at
                + "\",\"referralSource\":\"2A\",\"summary\":\"School concerned\"}");
        assertThat(contact.status()).as(contact.toString()).isEqualTo(201);
        caseId = contact.text("caseId");
        return step("/referral-decision", "{\"decision\":\"REFERRAL\",\"decidedAt\":\"" + at + "\""
                + (primaryNeed == null ? "" : ",\"primaryNeed\":\"" + primaryNeed + "\"") + "}");
    }

    CensusJourney assessed(LocalDate startedOn, LocalDate completedOn, String factors) {
        assessmentId = post("/assessments", "{\"startedOn\":\"" + startedOn + "\"}").text("id");
        step("/assessments/" + assessmentId + "/child-seen", "{\"seenOn\":\"" + startedOn + "\",\"seenAlone\":true}");
        return step("/assessments/" + assessmentId + "/completion", "{\"completedOn\":\"" + completedOn
                + "\",\"factors\":" + factors + ",\"outcome\":\"STRATEGY_DISCUSSION\"}");
    }

    CensusJourney toPlan(LocalDate discussionOn, LocalDate conferenceOn, String category) {
        step("/strategy-discussions", "{\"heldOn\":\"" + discussionOn + "\",\"decision\":\"SECTION_47\"}");
        String enquiry = post("/section-47-enquiries", "{\"startedOn\":\"" + discussionOn + "\"}").text("id");
        step("/section-47-enquiries/" + enquiry + "/conclusion", "{\"concludedOn\":\"" + conferenceOn.minusDays(1)
                + "\",\"icpcRequired\":true}");
        return step("/conferences", "{\"kind\":\"INITIAL\",\"heldOn\":\"" + conferenceOn
                + "\",\"decision\":\"CHILD_PROTECTION_PLAN\",\"category\":\"" + category + "\"}");
    }

    CensusJourney step(String path, String body) {
        post(path, body);
        return this;
    }

    private Api.Answer post(String path, String body) {
        Api.Answer answer = api.post("/api/cases/" + caseId + path, body);
        assertThat(answer.status()).as(path + " " + answer).isIn(200, 201);
        return answer;
    }

    static LocalDate weekday(LocalDate date) {
        LocalDate d = date;
        while (d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY) {
            d = d.plusDays(1);
        }
        return d;
    }
}
