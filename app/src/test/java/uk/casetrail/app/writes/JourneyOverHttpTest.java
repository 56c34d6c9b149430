package uk.casetrail.app.writes;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import uk.casetrail.app.support.Api;
import uk.casetrail.app.support.CasetrailIntegrationTest;
import uk.casetrail.app.support.EventTable;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The whole statutory journey through the HTTP write API, and what it leaves in the event store. */
@CasetrailIntegrationTest
class JourneyOverHttpTest {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/London"));

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    private final ObjectMapper json = new ObjectMapper();

    private static LocalDate daysAgo(int days) {
        return TODAY.minusDays(days);
    }

    private static LocalDate weekdayOnOrAfter(LocalDate date) {
        while (date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY) {
            date = date.plusDays(1);
        }
        return date;
    }

    @Test
    void a_child_goes_from_contact_to_a_child_protection_plan_and_every_step_is_an_event_with_its_metadata() {
        Api alice = Api.at(port).as("alice");
        Api bob = Api.at(port).as("bob");

        Api.Answer child = alice.post("/api/children", """
                {"givenName":"Ava","familyName":"Synthetic","dateOfBirth":"2019-05-14","sex":"F","ethnicity":"WBRI",
                 "nhsNumber":"943 476 5919","upnUnknownReason":"UN6","disabilities":["NONE"]}""");
        assertThat(child.status()).isEqualTo(201);
        String childId = child.text("childId");
        assertThat(child.version()).isZero();

        Instant contactAt = daysAgo(80).atTime(9, 15).atZone(ZoneId.of("Europe/London")).toInstant();
        Api.Answer contact = alice.header("X-Correlation-Id", "journey-test-contact").post("/api/cases",
                "{\"childId\":\"" + childId + "\",\"contactReceivedAt\":\"" + contactAt + "\",\"referralSource\":\"2A\","
                        + "\"summary\":\"Bruising noticed at school\"}");
        assertThat(contact.status()).isEqualTo(201);
        assertThat(contact.header("X-Correlation-Id")).isEqualTo("journey-test-contact");
        String caseId = contact.text("caseId");
        String cases = "/api/cases/" + caseId;

        List<Api.Answer> steps = new java.util.ArrayList<>();
        steps.add(alice.post(cases + "/referral-decision",
                "{\"decision\":\"REFERRAL\",\"decidedAt\":\"" + contactAt.plus(Duration.ofHours(2)) + "\",\"primaryNeed\":\"N1\"}"));
        steps.add(alice.post(cases + "/allocation", "{\"worker\":\"alice\",\"team\":\"North\"}"));
        Api.Answer assessment = alice.post(cases + "/assessments", "{\"startedOn\":\"" + daysAgo(79) + "\"}");
        steps.add(assessment);
        String assessmentPath = cases + "/assessments/" + assessment.text("id");
        steps.add(alice.post(assessmentPath + "/child-seen", "{\"seenOn\":\"" + daysAgo(78) + "\",\"seenAlone\":true}"));
        steps.add(alice.post(assessmentPath + "/completion",
                "{\"completedOn\":\"" + daysAgo(70) + "\",\"factors\":[\"3B\",\"16A\"],\"outcome\":\"STRATEGY_DISCUSSION\"}"));
        steps.add(alice.post(cases + "/strategy-discussions", "{\"heldOn\":\"" + daysAgo(69) + "\",\"decision\":\"SECTION_47\"}"));
        Api.Answer enquiry = alice.post(cases + "/section-47-enquiries", "{\"startedOn\":\"" + daysAgo(68) + "\"}");
        steps.add(enquiry);
        steps.add(alice.post(cases + "/section-47-enquiries/" + enquiry.text("id") + "/conclusion",
                "{\"concludedOn\":\"" + daysAgo(60) + "\",\"icpcRequired\":true}"));
        steps.add(alice.post(cases + "/conferences", "{\"kind\":\"INITIAL\",\"heldOn\":\"" + weekdayOnOrAfter(daysAgo(52))
                + "\",\"decision\":\"CHILD_PROTECTION_PLAN\",\"category\":\"NEG\"}"));
        steps.add(alice.post(cases + "/conferences", "{\"kind\":\"REVIEW\",\"heldOn\":\"" + weekdayOnOrAfter(daysAgo(12))
                + "\",\"decision\":\"CONTINUE_PLAN\",\"category\":\"EMO\"}"));
        Api.Answer note = alice.post(cases + "/notes", "{\"kind\":\"VISIT\",\"occurredOn\":\"" + daysAgo(3)
                + "\",\"summary\":\"Seen at home with mum\",\"significant\":true,\"childSeen\":true,\"seenAlone\":false}");
        steps.add(note);
        steps.add(alice.post(cases + "/notes/" + note.text("id") + "/corrections",
                "{\"summary\":\"Seen at home with aunt\",\"reason\":\"Wrong adult named\"}"));
        steps.add(alice.post(cases + "/involvements", "{\"agency\":\"Health\",\"practitioner\":\"hana\",\"role\":\"Health visitor\",\"from\":\""
                + daysAgo(400) + "\"}"));
        steps.add(bob.post(cases + "/closure", "{\"closedOn\":\"" + daysAgo(1) + "\",\"reason\":\"RC5\"}"));
        steps.add(alice.post(cases + "/reopening", "{\"reopenedOn\":\"" + TODAY + "\",\"reason\":\"Family returned to the area\"}"));

        assertThat(steps).allSatisfy(step -> assertThat(step.status()).as(step.toString()).isIn(200, 201));
        assertThat(steps).allSatisfy(step -> assertThat(step.text("caseId")).isEqualTo(caseId));

        EventTable events = new EventTable(jdbc);
        List<Map<String, Object>> stored = events.eventsOf(caseId);
        assertThat(stored).extracting(e -> e.get("event")).containsExactly(
                "ContactRecorded", "ReferralAccepted", "CaseAllocated", "AssessmentStarted", "ChildSeen",
                "AssessmentCompleted", "StrategyDiscussionHeld", "Section47EnquiryStarted", "Section47EnquiryConcluded",
                "ConferenceHeld", "ChildProtectionPlanStarted", "ConferenceHeld", "ChildProtectionPlanReviewed",
                "CaseNoteRecorded", "CaseNoteCorrected", "AgencyInvolvementRecorded", "ChildProtectionPlanEnded",
                "CaseClosed", "CaseReopened");
        // Every answer carries the case's version after the write: the sequence number of its last event.
        assertThat(steps.get(steps.size() - 1).version()).isEqualTo(stored.size() - 1);
        assertThat(steps.get(0).version()).isEqualTo(1);

        JsonNode contactMeta = read(stored.get(0).get("metadata"));
        assertThat(contactMeta.path("user").asText()).isEqualTo("alice");
        assertThat(contactMeta.path("role").asText()).isEqualTo("SOCIAL_WORKER");
        assertThat(contactMeta.path("team").asText()).isEqualTo("North");
        assertThat(contactMeta.path("correlationId").asText()).isEqualTo("journey-test-contact");
        assertThat(contactMeta.path("clientAddress").asText()).isIn("127.0.0.1", "0:0:0:0:0:0:0:1");
        JsonNode closureMeta = read(stored.get(17).get("metadata"));
        assertThat(closureMeta.path("user").asText()).isEqualTo("bob");
        assertThat(closureMeta.path("role").asText()).isEqualTo("TEAM_MANAGER");

        // The event's timestamp is when it was recorded; when it happened is in the payload.
        Instant recorded = Instant.parse((String) stored.get(0).get("time_stamp"));
        assertThat(recorded).isBetween(Instant.now().minus(Duration.ofMinutes(5)), Instant.now());
        assertThat(read(stored.get(0).get("payload")).path("contactReceivedAt").asText()).isEqualTo(contactAt.toString());
        assertThat(read(stored.get(0).get("payload")).path("receivingTeam").asText()).isEqualTo("North");
        assertThat(read(stored.get(3).get("payload")).path("dueOn").asText()).isNotBlank();
    }

    private JsonNode read(Object text) {
        try {
            return json.readTree((String) text);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
