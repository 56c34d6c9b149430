package uk.casetrail.app.reads;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import uk.casetrail.app.support.Api;
import uk.casetrail.app.support.CasetrailIntegrationTest;
import uk.casetrail.events.calendar.WorkingDayCalendar;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.casetrail.app.reads.CaseJourney.TODAY;

/** The case view, caseloads and the team's overdue list, with their statutory clocks. */
@CasetrailIntegrationTest
class CaseViewAndClocksTest {

    private static final WorkingDayCalendar CALENDAR = WorkingDayCalendar.englandAndWales();

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    private String unique(String prefix) {
        return prefix + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void the_case_view_shows_the_assessment_and_conference_clocks_and_reads_your_own_writes() {
        String worker = unique("w");
        String team = "North";
        LocalDate contactOn = TODAY.minusDays(120);
        CaseJourney journey = CaseJourney.referred(Api.at(port).as("alice"), "Noor", "Clockwork", contactOn);

        JsonNode referred = journey.view().json();
        assertThat(referred.path("status").asText()).isEqualTo("REFERRAL");
        assertThat(referred.path("referralDate").asText()).isEqualTo(contactOn.toString());
        assertThat(referred.path("team").asText()).isEqualTo("North");

        journey.allocate(worker, team);
        JsonNode allocated = journey.view().json();
        assertThat(allocated.path("allocatedWorker").asText()).isEqualTo(worker);
        assertThat(allocated.path("team").asText()).isEqualTo(team);
        assertThat(allocated.path("version").asLong()).isEqualTo(journey.version);

        journey.startAssessment(contactOn.plusDays(1));
        LocalDate assessmentDue = CALENDAR.addWorkingDays(contactOn, 45);
        JsonNode assessing = journey.view().json();
        assertThat(assessing.path("status").asText()).isEqualTo("ASSESSMENT");
        JsonNode assessment = assessing.path("assessments").path(0);
        assertThat(assessment.path("dueOn").asText()).isEqualTo(assessmentDue.toString());
        assertThat(assessment.path("overdue").asBoolean()).isTrue();

        LocalDate discussedOn = TODAY.minusDays(30);
        journey.strategyDiscussion(discussedOn);
        LocalDate icpcDue = CALENDAR.addWorkingDays(discussedOn, 15);
        JsonNode s47 = journey.view().json();
        assertThat(s47.path("status").asText()).isEqualTo("SECTION_47");
        assertThat(s47.path("icpcDueOn").asText()).isEqualTo(icpcDue.toString());

        JsonNode caseload = Api.at(port).as("bob").get("/api/caseload?worker=" + worker).json();
        assertThat(caseload.path("entries")).hasSize(1);
        JsonNode entry = caseload.path("entries").path(0);
        assertThat(entry.path("caseId").asText()).isEqualTo(journey.caseId);
        assertThat(entry.path("childName").asText()).isEqualTo("Noor Clockwork");
        assertThat(kinds(entry.path("overdue"))).containsExactlyInAnyOrder("ASSESSMENT", "INITIAL_CONFERENCE");
        assertThat(entry.path("nextDue").path("kind").asText()).isEqualTo("ASSESSMENT");
        assertThat(entry.path("nextDue").path("workingDaysOverdue").asInt())
                .isEqualTo(CALENDAR.workingDaysBetween(assessmentDue, TODAY));

        JsonNode overdue = Api.at(port).as("bob").get("/api/teams/" + team + "/overdue?limit=1000").json();
        List<String> thisCase = new ArrayList<>();
        overdue.path("entries").forEach(e -> {
            if (e.path("caseId").asText().equals(journey.caseId)) {
                thisCase.add(e.path("kind").asText());
            }
        });
        assertThat(thisCase).containsExactlyInAnyOrder("ASSESSMENT", "INITIAL_CONFERENCE");
    }

    @Test
    void a_plan_shows_its_next_review_and_the_visits_clock() {
        String worker = unique("w");
        CaseJourney journey = CaseJourney.referred(Api.at(port).as("alice"), "Ola", "Planned", TODAY.minusDays(150))
                .allocate(worker, "North");
        LocalDate conference = CaseJourney.weekday(TODAY.minusDays(100));
        journey.toPlan(TODAY.minusDays(100), "PHY");

        JsonNode view = journey.view().json();
        assertThat(view.path("status").asText()).isEqualTo("CHILD_PROTECTION");
        JsonNode plan = view.path("childProtectionPlan");
        assertThat(plan.path("category").asText()).isEqualTo("PHY");
        assertThat(plan.path("startedOn").asText()).isEqualTo(conference.toString());
        assertThat(plan.path("nextReviewDue").asText()).isEqualTo(conference.plusMonths(3).toString());
        assertThat(plan.path("reviewOverdue").asBoolean()).isEqualTo(TODAY.isAfter(conference.plusMonths(3)));

        JsonNode before = Api.at(port).as("alice").get("/api/caseload?worker=" + worker).json().path("entries").path(0);
        assertThat(kinds(before.path("overdue"))).contains("CHILD_PROTECTION_VISIT");

        LocalDate review = CaseJourney.weekday(TODAY.minusDays(10));
        journey.review(review, "CONTINUE_PLAN", "EMO").visit(TODAY, "Seen at home");
        JsonNode reviewed = journey.view().json().path("childProtectionPlan");
        assertThat(reviewed.path("category").asText()).isEqualTo("EMO");
        assertThat(reviewed.path("nextReviewDue").asText()).isEqualTo(review.plusMonths(6).toString());
        assertThat(reviewed.path("reviewOverdue").asBoolean()).isFalse();

        JsonNode after = Api.at(port).as("alice").get("/api/caseload?worker=" + worker).json().path("entries").path(0);
        assertThat(kinds(after.path("overdue"))).doesNotContain("CHILD_PROTECTION_VISIT", "PLAN_REVIEW");
        assertThat(after.path("clocks").findValuesAsText("kind")).contains("CHILD_PROTECTION_VISIT", "PLAN_REVIEW")
                .as("a plan already reviewed has had its first core group").doesNotContain("FIRST_CORE_GROUP");
        JsonNode visitClock = clock(after.path("clocks"), "CHILD_PROTECTION_VISIT");
        assertThat(visitClock.path("dueOn").asText()).isEqualTo(CALENDAR.addWorkingDays(TODAY, 10).toString());
    }

    @Test
    void a_plan_shows_when_the_child_was_last_seen_and_last_seen_alone_since_it_began() {
        String worker = unique("w");
        CaseJourney journey = CaseJourney.referred(Api.at(port).as("alice"), "Sol", "Alone", TODAY.minusDays(90))
                .allocate(worker, "North");
        LocalDate conference = CaseJourney.weekday(TODAY.minusDays(60));
        // Seen alone before the plan: not a visit of the plan.
        journey.step("/notes", visit(conference.minusDays(5), true));
        journey.toPlan(TODAY.minusDays(60), "NEG");
        JsonNode plan = journey.view().json().path("childProtectionPlan");
        assertThat(plan.path("lastSeenOn").isNull()).as(plan.toString()).isTrue();
        assertThat(plan.path("lastSeenAloneOn").isNull()).isTrue();

        assertThat(caseloadEntry(journey, worker).path("lastVisitSeenAlone").isNull()).as("no visit yet").isTrue();
        journey.step("/notes", visit(conference.plusDays(7), true));
        assertThat(caseloadEntry(journey, worker).path("lastVisitSeenAlone").asBoolean()).isTrue();
        journey.step("/notes", visit(conference.plusDays(20), false));
        assertThat(caseloadEntry(journey, worker).path("lastVisitSeenAlone").isBoolean()).isTrue();
        assertThat(caseloadEntry(journey, worker).path("lastVisitSeenAlone").asBoolean()).as("the caseload flags it too").isFalse();
        plan = journey.view().json().path("childProtectionPlan");
        assertThat(plan.path("lastSeenOn").asText()).isEqualTo(conference.plusDays(20).toString());
        assertThat(plan.path("lastSeenAloneOn").asText()).isEqualTo(conference.plusDays(7).toString());
        // The visits clock counts the child seen, alone or not.
        assertThat(clock(journey.view().json().path("clocks"), "CHILD_PROTECTION_VISIT").path("dueOn").asText())
                .isEqualTo(CALENDAR.addWorkingDays(conference.plusDays(20), 10).toString());
    }

    /**
     * V48 added whether each visit saw the child alone; visits projected before it had none. Its fill-in
     * reads each visit's event, so the rows it leaves are those the projection makes.
     */
    @Test
    void v48_fills_in_seen_alone_for_visits_projected_before_it_from_their_events() throws IOException {
        CaseJourney journey = CaseJourney.referred(Api.at(port).as("alice"), "Vic", "Backfill", TODAY.minusDays(20));
        for (int day = 10; day >= 8; day--) {
            journey.step("/notes", visit(TODAY.minusDays(day), day != 9));
        }
        journey.view();
        UUID caseId = UUID.fromString(journey.caseId);
        List<Boolean> projected = seenAlone(caseId);
        assertThat(projected).containsExactly(true, false, true);

        // As a row projected before V48 stood: the column's default.
        jdbc.sql("UPDATE case_visit SET seen_alone = FALSE WHERE case_id = ?").param(caseId).update();
        try (InputStream in = getClass().getResourceAsStream("/db/migration/V48__visits_seen_alone.sql")) {
            String migration = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            jdbc.sql(migration.substring(migration.indexOf("UPDATE case_visit"))).update();
        }
        assertThat(seenAlone(caseId)).isEqualTo(projected);
    }

    private List<Boolean> seenAlone(UUID caseId) {
        return jdbc.sql("SELECT seen_alone FROM case_visit WHERE case_id = ? ORDER BY seq").param(caseId).query(Boolean.class).list();
    }

    /** The worker's one case in the caseload, once the case view shows the journey's last write. */
    private JsonNode caseloadEntry(CaseJourney journey, String worker) {
        journey.view();
        return Api.at(port).as("alice").get("/api/caseload?worker=" + worker).json().path("entries").path(0);
    }

    private static String visit(LocalDate on, boolean alone) {
        return "{\"kind\":\"VISIT\",\"occurredOn\":\"" + on + "\",\"summary\":\"Home visit\",\"childSeen\":true,\"seenAlone\":" + alone + "}";
    }

    @Test
    void the_first_core_group_is_due_ten_working_days_after_the_conference_until_one_is_recorded() {
        String worker = unique("w");
        CaseJourney journey = CaseJourney.referred(Api.at(port).as("alice"), "Cora", "Group", TODAY.minusDays(60))
                .allocate(worker, "North");
        LocalDate conference = CaseJourney.weekday(TODAY.minusDays(30));
        journey.toPlan(TODAY.minusDays(30), "NEG");

        JsonNode due = clock(journey.view().json().path("clocks"), "FIRST_CORE_GROUP");
        assertThat(due.path("dueOn").asText()).isEqualTo(CALENDAR.addWorkingDays(conference, 10).toString());
        assertThat(due.path("overdue").asBoolean()).isTrue();
        JsonNode entry = Api.at(port).as("alice").get("/api/caseload?worker=" + worker).json().path("entries").path(0);
        assertThat(kinds(entry.path("overdue"))).contains("FIRST_CORE_GROUP");

        // A meeting before the plan began is not its core group.
        journey.step("/notes", "{\"kind\":\"CORE_GROUP_MEETING\",\"occurredOn\":\"" + conference.minusDays(1)
                + "\",\"summary\":\"Professionals meeting\"}");
        assertThat(journey.view().json().path("clocks").findValuesAsText("kind")).contains("FIRST_CORE_GROUP");
        journey.step("/notes", "{\"kind\":\"CORE_GROUP_MEETING\",\"occurredOn\":\"" + CALENDAR.addWorkingDays(conference, 8)
                + "\",\"summary\":\"First core group: the plan's actions agreed\"}");
        assertThat(journey.view().json().path("clocks").findValuesAsText("kind")).doesNotContain("FIRST_CORE_GROUP")
                .contains("PLAN_REVIEW", "CHILD_PROTECTION_VISIT");
    }

    @Test
    void a_later_strategy_discussion_against_an_enquiry_stops_the_initial_conference_clock() {
        CaseJourney journey = CaseJourney.referred(Api.at(port).as("alice"), "Ned", "Second", TODAY.minusDays(40))
                .strategyDiscussion(TODAY.minusDays(30));
        assertThat(journey.view().json().path("icpcDueOn").asText()).isEqualTo(CALENDAR.addWorkingDays(TODAY.minusDays(30), 15).toString());

        journey.step("/strategy-discussions", "{\"heldOn\":\"" + TODAY.minusDays(28) + "\",\"decision\":\"NO_SECTION_47\"}");

        JsonNode view = journey.view().json();
        assertThat(view.path("icpcDueOn").isNull()).as(view.toString()).isTrue();
        assertThat(view.path("status").asText()).isEqualTo("REFERRAL");
        assertThat(kinds(view.path("clocks"))).doesNotContain("INITIAL_CONFERENCE");

        // Once an enquiry has begun on a discussion, and concluded asking for a conference, a later discussion
        // against an enquiry does not take the conference's clock away.
        LocalDate discussed = TODAY.minusDays(20);
        journey.strategyDiscussion(discussed).enquiry(TODAY.minusDays(19), TODAY.minusDays(15));
        journey.step("/strategy-discussions", "{\"heldOn\":\"" + TODAY.minusDays(14) + "\",\"decision\":\"NO_SECTION_47\"}");
        assertThat(journey.view().json().path("icpcDueOn").asText()).isEqualTo(CALENDAR.addWorkingDays(discussed, 15).toString());
    }

    @Test
    void a_contact_reopened_after_no_further_action_awaits_its_decision_from_the_reopening() {
        Api alice = Api.at(port).as("alice");
        String childId = alice.post("/api/children", "{\"givenName\":\"Rae\",\"familyName\":\"Opened\",\"dateOfBirth\":\"2016-04-04\"}")
                .text("childId");
        String at = TODAY.minusDays(30).atTime(10, 0).atZone(CaseJourney.LONDON).toInstant().toString();
        String caseId = alice.post("/api/cases", "{\"childId\":\"" + childId + "\",\"contactReceivedAt\":\"" + at
                + "\",\"referralSource\":\"2A\"}").text("caseId");
        assertThat(alice.post("/api/cases/" + caseId + "/referral-decision",
                "{\"decision\":\"NO_FURTHER_ACTION\",\"decidedAt\":\"" + at + "\"}").status()).isEqualTo(200);

        Api.Answer reopened = alice.post("/api/cases/" + caseId + "/reopening",
                "{\"reopenedOn\":\"" + TODAY + "\",\"reason\":\"The school called again\"}");
        assertThat(reopened.status()).as(reopened.toString()).isEqualTo(200);

        JsonNode view = alice.get("/api/cases/" + caseId + "?minVersion=" + reopened.version()).json();
        assertThat(view.path("status").asText()).isEqualTo("CONTACT");
        JsonNode decision = clock(view.path("clocks"), "REFERRAL_DECISION");
        assertThat(decision.path("dueOn").asText()).isEqualTo(CALENDAR.addWorkingDays(TODAY, 1).toString());
        assertThat(decision.path("overdue").asBoolean()).isFalse();
    }

    @Test
    void the_case_view_lists_the_open_enquiries_and_the_ten_latest_notes_newest_first() {
        CaseJourney journey = CaseJourney.referred(Api.at(port).as("alice"), "Ines", "Notable", TODAY.minusDays(60))
                .allocate(unique("w"), "North").strategyDiscussion(TODAY.minusDays(40))
                .enquiry(TODAY.minusDays(39), TODAY.minusDays(30));
        String concluded = journey.enquiryId;
        journey.strategyDiscussion(TODAY.minusDays(21));
        String open = journey.step("/section-47-enquiries", "{\"startedOn\":\"" + TODAY.minusDays(20) + "\"}").text("id");
        List<String> notes = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            notes.add(journey.visit(TODAY.minusDays(15 - i), "Visit " + i).noteId);
        }

        List<String> newestFirst = new ArrayList<>(notes);
        Collections.reverse(newestFirst);

        JsonNode view = journey.view().json();
        assertThat(view.path("openEnquiries").findValuesAsText("enquiryId")).containsExactly(open).doesNotContain(concluded);
        assertThat(view.path("openEnquiries").path(0).path("startedOn").asText()).isEqualTo(TODAY.minusDays(20).toString());
        // The latest recorded first; the two oldest are left to the chronology.
        assertThat(view.path("recentNotes").findValuesAsText("noteId")).containsExactlyElementsOf(newestFirst.subList(0, 10));
        JsonNode latest = view.path("recentNotes").path(0);
        assertThat(latest.path("summary").asText()).isEqualTo("Visit 11");
        assertThat(latest.path("kind").asText()).isEqualTo("VISIT");
        assertThat(latest.path("occurredOn").asText()).isEqualTo(TODAY.minusDays(4).toString());
        assertThat(latest.path("corrected").asBoolean()).isFalse();
        assertThat(view.path("assessments")).isEmpty();
        assertThat(view.path("childProtectionPlan").isNull()).isTrue();
    }

    @Test
    void the_child_record_lists_cases_and_involvements() {
        CaseJourney journey = CaseJourney.referred(Api.at(port).as("alice"), "Ivo", "Involved", TODAY.minusDays(10));
        journey.step("/involvements", "{\"agency\":\"Health\",\"practitioner\":\"hana\",\"role\":\"Health visitor\",\"from\":\"2025-01-06\"}");
        journey.view();
        JsonNode child = Api.at(port).as("alice").get("/api/children/" + journey.childId).json();
        assertThat(child.path("laChildId").asText()).startsWith("CT");
        assertThat(child.path("givenName").asText()).isEqualTo("Ivo");
        assertThat(child.path("cases").findValuesAsText("caseId")).containsExactly(journey.caseId);
        assertThat(child.path("involvements").path(0).path("agency").asText()).isEqualTo("Health");
    }

    @Test
    void caseloads_page_with_a_limit_and_a_cursor() {
        String worker = unique("w");
        List<String> cases = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            CaseJourney journey = CaseJourney.referred(Api.at(port).as("alice"), "Page" + i, "Turner", TODAY.minusDays(20 - i))
                    .allocate(worker, "North");
            journey.view();
            cases.add(journey.caseId);
        }
        List<String> seen = new ArrayList<>();
        String cursor = null;
        do {
            JsonNode page = Api.at(port).as("alice").get("/api/caseload?worker=" + worker + "&limit=2"
                    + (cursor == null ? "" : "&cursor=" + cursor)).json();
            assertThat(page.path("entries").size()).isLessThanOrEqualTo(2);
            seen.addAll(page.path("entries").findValuesAsText("caseId"));
            cursor = page.path("nextCursor").isNull() ? null : page.path("nextCursor").asText();
        } while (cursor != null);
        assertThat(seen).containsExactlyElementsOf(cases);
    }

    @Test
    void unknown_ids_are_404_and_malformed_parameters_400() {
        Api alice = Api.at(port).as("alice");
        for (String path : List.of("/api/cases/" + UUID.randomUUID(), "/api/children/" + UUID.randomUUID(),
                "/api/children/" + UUID.randomUUID() + "/chronology")) {
            Api.Answer answer = alice.get(path);
            assertThat(answer.status()).as(path).isEqualTo(404);
            assertThat(answer.contentType()).startsWith("application/problem+json");
        }
        for (String path : List.of("/api/register/child-protection?asOf=2026-13-01", "/api/register/child-protection?category=XYZ",
                "/api/children/" + UUID.randomUUID() + "/chronology?asRecordedAt=yesterday", "/api/caseload?cursor=!!!",
                "/api/caseload?limit=0", "/api/cases/not-a-uuid", "/api/register/child-protection?cursor=bm9wZQ")) {
            Api.Answer answer = alice.get(path);
            assertThat(answer.status()).as(path + " " + answer).isEqualTo(400);
            assertThat(answer.contentType()).startsWith("application/problem+json");
        }
    }

    private static List<String> kinds(JsonNode clocks) {
        return clocks.findValuesAsText("kind");
    }

    private static JsonNode clock(JsonNode clocks, String kind) {
        for (JsonNode clock : clocks) {
            if (clock.path("kind").asText().equals(kind)) {
                return clock;
            }
        }
        throw new AssertionError("no " + kind + " clock in " + clocks);
    }
}
