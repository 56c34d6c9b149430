package uk.casetrail.app.ui;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import uk.casetrail.app.support.Api;
import uk.casetrail.app.support.CasetrailIntegrationTest;
import uk.casetrail.app.support.EventTable;
import uk.casetrail.app.support.Projections;
import uk.casetrail.query.rebuild.ProjectionRebuild;

import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The pages over plain HTTP: CSRF, errors beside fields, read your writes, the API's rules and audit kept. */
@CasetrailIntegrationTest
class PagesOverHttpTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ProjectionRebuild projections;

    private EventTable events;

    @BeforeEach
    void eventTable() {
        events = new EventTable(jdbc);
    }

    /** A contact on the child recorded through the forms and accepted as a referral: the new case's id. */
    private static String referredCase(Pages alice, String childId) {
        String caseId = alice.submit("/children/" + childId + "/record/contact",
                List.of(entry("contactReceivedAt", "2026-09-01T09:15"), entry("referralSource", "3A")))
                .location().replaceAll(".*/cases/([0-9a-f-]{36}).*", "$1");
        alice.submit("/cases/" + caseId + "/record/decision", List.of(entry("decision", "REFERRAL"),
                entry("decidedAt", "2026-09-01T10:00")));
        return caseId;
    }

    private String registeredChild(Pages alice, String familyName) {
        Pages.Page registered = alice.submit("/children/new", List.of(entry("givenName", "Page"), entry("familyName", familyName),
                entry("dateOfBirth", "2016-02-02")));
        assertThat(registered.status()).isEqualTo(302);
        // The page after the post waits for the read models to show the new child.
        assertThat(alice.get(registered.location()).status()).isEqualTo(200);
        return registered.location().replaceAll(".*/children/([0-9a-f-]{36}).*", "$1");
    }


    @Test
    void a_form_posted_without_its_csrf_token_is_refused_and_records_nothing() {
        Pages alice = new Pages(port).signIn("alice");
        assertThat(alice.get("/children/new").status()).isEqualTo(200);
        long before = events.count();
        Pages.Page forged = alice.post("/children/new", List.of(entry("givenName", "Forged"), entry("familyName", "Post"),
                entry("_csrf", "not-the-token")));
        assertThat(forged.status()).isEqualTo(403);
        assertThat(forged.body()).doesNotContain("Exception");
        Pages.Page tokenless = alice.post("/children/new", List.of(entry("givenName", "Forged"), entry("familyName", "Post")));
        assertThat(tokenless.status()).isEqualTo(403);
        assertThat(events.count()).isEqualTo(before);
    }

    @Test
    void a_refused_form_shows_the_message_beside_its_field_keeps_what_was_typed_and_records_nothing() {
        Pages alice = new Pages(port).signIn("alice");
        long before = events.count();
        Pages.Page refused = alice.submit("/children/new", List.of(entry("givenName", "Kept"), entry("familyName", "Typed"),
                entry("nhsNumber", "943 476 5918")));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("id=\"nhsNumber-error\"").contains("value=\"Kept\"").contains("value=\"Typed\"")
                .contains("value=\"943 476 5918\"");
        assertThat(events.count()).isEqualTo(before);
    }

    @Test
    void a_refused_form_names_each_field_as_the_form_does_and_links_to_its_first_input() {
        Pages alice = new Pages(port).signIn("alice");
        String caseId = referredCase(alice, registeredChild(alice, "Summary"));
        String assessmentId = Api.at(port).as("alice").post("/api/cases/" + caseId + "/assessments", "{\"startedOn\":\"2026-09-02\"}")
                .text("id");

        String completion = "/cases/" + caseId + "/record/completion?assessmentId=" + assessmentId;

        Pages.Page empty = alice.submit(completion, List.of());
        assertThat(empty.status()).isEqualTo(400);
        assertThat(summaryOf(empty)).contains("<a href=\"#completedOn\">Completed on is required</a>").doesNotContain("assessmentId");
        Pages.Page noFactors = alice.submit(completion, List.of(entry("completedOn", "2026-09-20"), entry("outcome", "NO_FURTHER_ACTION")));
        assertThat(noFactors.status()).isEqualTo(400);
        assertThat(summaryOf(noFactors)).as("a group of boxes is reached by its first box").contains("href=\"#factors-0\"");
    }

    private static String summaryOf(Pages.Page page) {
        return page.body().replaceAll("(?s).*<div class=\"govuk-error-summary__body\">(.*?)</div>.*", "$1");
    }

    @Test
    void after_a_post_the_next_page_waits_for_the_new_version_and_shows_it() {
        Pages alice = new Pages(port).signIn("alice");
        String childId = registeredChild(alice, "Ryw");
        Pages.Page contact = alice.submit("/children/" + childId + "/record/contact",
                List.of(entry("contactReceivedAt", "2026-09-01T09:15"), entry("referralSource", "3A")));
        String caseId = contact.location().replaceAll(".*/cases/([0-9a-f-]{36}).*", "$1");
        Pages.Page decided = alice.submit("/cases/" + caseId + "/record/decision",
                List.of(entry("decision", "REFERRAL"), entry("decidedAt", "2026-09-01T10:00")));
        assertThat(decided.location()).contains("v=1");
        Pages.Page next = alice.get(decided.location());
        assertThat(next.status()).isEqualTo(200);
        assertThat(next.body()).contains("id=\"case-status\">Referral<").contains("id=\"recorded\"");
        assertThat(next.body()).as("codes and dates in words").contains("1 September 2026, primary need not recorded");
        assertThat(next.body()).as("the steps a referred case allows, and not those it has passed or not reached")
                .contains("id=\"record-allocation\"").doesNotContain("id=\"record-decision\"").doesNotContain("id=\"record-reopening\"");
        assertThat(next.body()).as("the contact's time as typed, UK time in summer, not UTC")
                .contains("1 September 2026, 09:15").doesNotContain("2026-09-01T08:15");
        // The way to the child's record names the write, so the chronology (its own projection) waits for it too.
        String childLink = "/children/" + childId + "?record=" + caseId + "&v=1";
        assertThat(next.body()).contains(childLink.replace("&", "&amp;"));
        assertThat(alice.get(childLink).body()).contains("Accepted as a referral").doesNotContain("id=\"stale\"");
    }

    @Test
    void every_note_in_the_chronology_can_be_corrected_from_it_not_only_the_ten_latest() {
        Pages alice = new Pages(port).signIn("alice");
        String childId = registeredChild(alice, "Noted");
        String caseId = referredCase(alice, childId);
        Api api = Api.at(port).as("alice");
        String oldest = api.post("/api/cases/" + caseId + "/notes",
                "{\"kind\":\"CONTACT\",\"occurredOn\":\"2026-09-02\",\"summary\":\"The oldest note\"}").text("id");
        long version = 0;
        for (int i = 0; i < 10; i++) {
            version = api.post("/api/cases/" + caseId + "/notes",
                    "{\"kind\":\"CONTACT\",\"occurredOn\":\"2026-09-03\",\"summary\":\"Later note " + i + "\"}").version();
        }

        version = api.post("/api/cases/" + caseId + "/involvements",
                "{\"agency\":\"Health\",\"practitioner\":\"hana\",\"role\":\"Health visitor\",\"from\":\"2025-01-06\"}").version();
        // The case page waits for the case's projection (involvements included), the child's page for the chronology.
        assertThat(alice.get("/cases/" + caseId + "?v=" + version).body()).as("the case page lists the ten latest only")
                .doesNotContain("id=\"correct-" + oldest + "\"");
        String record = alice.get("/children/" + childId + "?record=" + caseId + "&v=" + version).body();
        assertThat(record).as("who else is working with the child").contains("id=\"involvements\"").contains("hana, Health visitor");
        assertThat(record).contains("id=\"correct-" + oldest + "\"")
                .contains("/cases/" + caseId + "/record/note-correction?noteId=" + oldest);
    }

    @Test
    void the_case_page_offers_to_end_the_child_in_need_plan_it_shows_open() {
        Pages alice = new Pages(port).signIn("alice");
        String childId = registeredChild(alice, "Inneed");
        String caseId = referredCase(alice, childId);
        Pages.Page started = alice.submit("/cases/" + caseId + "/record/cin-plan", List.of(entry("startedOn", "2026-09-10")));
        assertThat(started.status()).isEqualTo(302);
        String planId = started.location().replaceAll(".*[?&]id=([0-9a-f-]{36}).*", "$1");
        String page = alice.get(started.location()).body();
        assertThat(page).contains("record/cin-plan-end?planId=" + planId).doesNotContain("id=\"record-cin-plan\"");
        Pages.Page ended = alice.submit("/cases/" + caseId + "/record/cin-plan-end?planId=" + planId,
                List.of(entry("endedOn", "2026-10-10")));
        assertThat(ended.status()).isEqualTo(302);
        assertThat(alice.get(ended.location()).body()).contains("id=\"record-cin-plan\"");
    }

    @Test
    void a_case_closed_on_a_transfer_still_takes_notes_from_its_page_and_a_contact_closed_at_its_decision_does_not() {
        Pages alice = new Pages(port).signIn("alice");
        String childId = registeredChild(alice, "Handover");
        String caseId = referredCase(alice, childId);
        long version = Api.at(port).as("bob").post("/api/cases/" + caseId + "/closure",
                "{\"closedOn\":\"2026-09-20\",\"reason\":\"RC5\"}").version();
        assertThat(alice.get("/cases/" + caseId + "?v=" + version).body()).as("the closing letter, the handover")
                .contains("id=\"record-note\"").contains("id=\"record-reopening\"").doesNotContain("id=\"record-assessment\"");
        Pages.Page noted = alice.submit("/cases/" + caseId + "/record/note", List.of(entry("kind", "CONTACT"),
                entry("occurredOn", "2026-09-21"), entry("summary", "Closure letter sent to the family")));
        assertThat(noted.status()).isEqualTo(302);
        assertThat(alice.get(noted.location()).body()).contains("Closure letter sent to the family");

        String contactId = alice.submit("/children/" + childId + "/record/contact",
                List.of(entry("contactReceivedAt", "2026-10-01T09:15"), entry("referralSource", "3A")))
                .location().replaceAll(".*/cases/([0-9a-f-]{36}).*", "$1");
        Pages.Page decided = alice.submit("/cases/" + contactId + "/record/decision",
                List.of(entry("decision", "NO_FURTHER_ACTION"), entry("decidedAt", "2026-10-01T10:00")));
        assertThat(alice.get(decided.location()).body()).contains("id=\"record-reopening\"").doesNotContain("id=\"record-note\"");
    }

    @Test
    void a_form_names_the_child_it_records_about_so_nobody_records_on_the_wrong_file() {
        Pages alice = new Pages(port).signIn("alice");
        String childId = registeredChild(alice, "Named");
        String caseId = referredCase(alice, childId);
        // As a worker comes to it from the case page: once the case's read model shows the case.
        String named = "id=\"form-subject\">Page Named, born 2 February 2016, ";
        await().atMost(10, TimeUnit.SECONDS).untilAsserted(() ->
                assertThat(alice.get("/cases/" + caseId + "/record/note").body()).contains(named));
        assertThat(alice.get("/children/" + childId + "/record/correction").body()).contains(named);

        Pages carol = new Pages(port).signIn("carol");
        Pages.Page refusedSubject = carol.get("/cases/" + caseId + "/record/note");
        assertThat(refusedSubject.body()).as("a worker the record is closed to is not told whose it is")
                .contains("id=\"write-form\"").doesNotContain("id=\"form-subject\"").doesNotContain("Page Named");
        JsonNode refusal = events.lastAccessEvent();
        assertThat(refusal.path("actor").asText()).isEqualTo("carol");
        assertThat(refusal.path("outcome").asText()).isEqualTo("DENIED");
        assertThat(carol.get("/children/" + childId + "/record/break-glass").body()).contains("id=\"write-form\"");
        assertThat(events.lastAccessEvent()).as("opening the break-glass form is not audited as a refused read").isEqualTo(refusal);
    }

    @Test
    void the_allocation_form_offers_the_teams_and_workers_cases_are_allocated_to_and_only_to_those_who_allocate() {
        Pages alice = new Pages(port).signIn("alice");
        String caseId = referredCase(alice, registeredChild(alice, "Allocated"));
        Api.Answer allocated = Api.at(port).as("alice").post("/api/cases/" + caseId + "/allocation",
                "{\"worker\":\"sw-north-77\",\"team\":\"North\"}");
        assertThat(allocated.status()).as(allocated.toString()).isEqualTo(200);
        // Once the case's read model has the allocation.
        await().atMost(10, TimeUnit.SECONDS).untilAsserted(() -> {
            JsonNode north = null;
            for (JsonNode team : Api.at(port).as("alice").get("/api/teams").json().path("teams")) {
                north = team.path("name").asText().equals("North") ? team : north;
            }
            assertThat(north).isNotNull();
            assertThat(north.path("workers").toString()).contains("\"sw-north-77\"");
        });
        String form = alice.get("/cases/" + caseId + "/record/allocation").body();
        assertThat(form).contains("list=\"team-suggestions\"").contains("<datalist id=\"team-suggestions\">")
                .contains("<option value=\"North\">").contains("list=\"worker-suggestions\"").contains("<option value=\"sw-north-77\">");
        assertThat(Api.at(port).as("ivy").get("/api/teams").status()).as("staff names are not an inspector's to list").isEqualTo(403);
    }

    @Test
    void a_restricted_record_tells_those_it_is_open_to_that_it_is_restricted() {
        Pages alice = new Pages(port).signIn("alice");
        String childId = registeredChild(alice, "Restricted");
        referredCase(alice, childId);
        assertThat(alice.get("/children/" + childId).body()).doesNotContain("id=\"restricted\"");
        Api.Answer restricted = Api.at(port).as("bob").post("/api/children/" + childId + "/restriction",
                "{\"reason\":\"Staff-related\",\"namedUsers\":[\"bob\",\"alice\"]}");
        assertThat(restricted.status()).as(restricted.toString()).isEqualTo(200);
        assertThat(alice.get("/children/" + childId).body()).contains("id=\"restricted\"")
                .contains("open only to <span>bob, alice</span>").contains("Staff-related");
    }

    @Test
    void a_page_that_cannot_yet_show_the_version_asked_for_says_so_rather_than_pass_for_current() {
        Pages alice = new Pages(port).signIn("alice");
        String childId = registeredChild(alice, "Behind");
        assertThat(alice.get("/children/" + childId + "?v=0").body()).doesNotContain("id=\"stale\"");
        // Version 99 is never reached: the read waits its bounded time, then the page warns.
        assertThat(alice.get("/children/" + childId + "?v=99").body()).contains("id=\"stale\"").contains("Page Behind");
    }

    @Test
    void the_same_form_posted_twice_records_once() {
        Pages alice = new Pages(port).signIn("alice");
        String childId = registeredChild(alice, "Twice");
        String form = "/children/" + childId + "/record/correction";
        Pages.Page page = alice.get(form);
        List<Map.Entry<String, String>> values = List.of(entry("field", "givenName"), entry("value", "Paige"),
                entry("reason", "spelling"), entry("_csrf", Pages.token(page.body())),
                entry("idempotencyKey", page.body().replaceAll("(?s).*name=\"idempotencyKey\" value=\"([^\"]+)\".*", "$1")));
        long before = events.countFor(childId);
        assertThat(alice.post(form, values).status()).isEqualTo(302);
        assertThat(alice.post(form, values).status()).isEqualTo(302);
        assertThat(events.countFor(childId)).isEqualTo(before + 1);
    }

    @Test
    void the_apis_role_rules_hold_for_pages_a_social_worker_cannot_close_a_case() {
        Pages alice = new Pages(port).signIn("alice");
        String childId = registeredChild(alice, "Closure");
        String caseId = alice.submit("/children/" + childId + "/record/contact",
                List.of(entry("contactReceivedAt", "2026-09-01T09:15"), entry("referralSource", "3A")))
                .location().replaceAll(".*/cases/([0-9a-f-]{36}).*", "$1");
        long before = events.countFor(caseId);
        Pages.Page refused = alice.submit("/cases/" + caseId + "/record/closure",
                List.of(entry("closedOn", "2026-09-02"), entry("reason", "RC7")));
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.body()).contains("your role does not allow this action");
        assertThat(events.countFor(caseId)).isEqualTo(before);
    }

    @Test
    void a_refused_child_page_is_audited_as_denied_and_shows_no_data() {
        Pages alice = new Pages(port).signIn("alice");
        String childId = registeredChild(alice, "Secretive");
        Pages.Page refused = new Pages(port).signIn("carol").get("/children/" + childId);
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.body()).contains("You cannot open this").doesNotContain("Secretive");
        JsonNode audit = events.lastAccessEvent();
        assertThat(audit.path("actor").asText()).isEqualTo("carol");
        assertThat(audit.path("outcome").asText()).isEqualTo("DENIED");
        assertThat(audit.path("children").path(0).path("childId").asText()).isEqualTo(childId);
    }

    @Test
    void who_has_seen_a_record_shows_the_latest_first_and_pages_back_to_the_oldest() {
        Pages alice = new Pages(port).signIn("alice");
        String childId = registeredChild(alice, "Muchread");
        Api aliceApi = Api.at(port).as("alice");
        for (int i = 0; i < 100; i++) {
            assertThat(aliceApi.get("/api/children/" + childId).status()).isEqualTo(200);
        }
        assertThat(Api.at(port).as("carol").get("/api/children/" + childId).status()).isEqualTo(403);
        Projections.awaitCaughtUp(projections);

        Pages.Page latest = alice.get("/children/" + childId + "/access-log");
        assertThat(latest.status()).isEqualTo(200);
        assertThat(latest.body()).as("carol's refused attempt, the latest, on the first page").contains("carol (SOCIAL_WORKER");
        String older = latest.body().replaceAll("(?s).*id=\"older-entries\" href=\"([^\"]+)\".*", "$1").replace("&amp;", "&");
        assertThat(older).startsWith("/children/" + childId + "/access-log?cursor=");
        Pages.Page earliest = alice.get(older);
        assertThat(earliest.status()).isEqualTo(200);
        assertThat(earliest.body()).contains("alice (SOCIAL_WORKER").doesNotContain("carol (").doesNotContain("id=\"older-entries\"");
    }

    @Test
    void a_refused_practitioner_may_break_glass_from_the_refusal_and_then_opens_the_record() {
        Pages alice = new Pages(port).signIn("alice");
        String childId = registeredChild(alice, "Glassbroken");
        Pages carol = new Pages(port).signIn("carol");
        assertThat(carol.get("/children/" + childId).body()).contains("/children/" + childId + "/record/break-glass");
        Pages.Page tooShort = carol.submit("/children/" + childId + "/record/break-glass", List.of(entry("justification", "urgent")));
        assertThat(tooShort.status()).isEqualTo(400);
        assertThat(tooShort.body()).contains("id=\"justification-error\"").contains(">urgent</textarea>");
        Pages.Page opened = carol.submit("/children/" + childId + "/record/break-glass",
                List.of(entry("justification", "Police called out of hours about this child; the duty worker needs the plan.")));
        assertThat(opened.status()).isEqualTo(302);
        Pages.Page record = carol.get(opened.location());
        assertThat(record.status()).isEqualTo(200);
        assertThat(record.body()).contains("Page Glassbroken");
        Pages aude = new Pages(port).signIn("aude");
        Pages.Page queue = aude.get("/audit/break-glass");
        assertThat(queue.body()).contains("Police called out of hours");

        // The auditor's review: a refusal keeps what was written and says why beside the outcome; a review is confirmed.
        String breakGlassId = queue.body().replaceAll("(?s).*action=\"/audit/break-glass/([0-9a-f-]{36})/review\".*", "$1");
        String review = "/audit/break-glass/" + breakGlassId + "/review";
        Pages.Page refused = aude.post(review, List.of(entry("outcome", ""), entry("notes", "Checked with the duty manager"),
                entry("_csrf", Pages.token(queue.body()))));
        assertThat(refused.body()).contains("id=\"outcome-" + breakGlassId + "-error\"")
                .contains(">Checked with the duty manager</textarea>");
        Pages.Page recorded = aude.post(review, List.of(entry("outcome", "JUSTIFIED"), entry("notes", "Checked with the duty manager"),
                entry("_csrf", Pages.token(refused.body()))));
        assertThat(recorded.status()).isEqualTo(302);
        assertThat(aude.get(recorded.location()).body()).contains("id=\"review-recorded\"");
        assertThat(aude.get("/audit/break-glass?pendingOnly=false").body())
                .contains("Reviewed justified by aude").contains("Checked with the duty manager");
    }

    @Test
    void a_practitioner_refused_a_case_may_break_glass_from_it_and_comes_back_to_the_case() {
        Pages alice = new Pages(port).signIn("alice");
        String childId = registeredChild(alice, "Caseglass");
        String caseId = referredCase(alice, childId);
        assertThat(alice.get("/cases/" + caseId + "?v=1").status()).isEqualTo(200);
        Pages carol = new Pages(port).signIn("carol");
        Pages.Page refused = carol.get("/cases/" + caseId);
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.body()).contains("/cases/" + caseId + "/record/case-break-glass").doesNotContain(childId);

        Pages.Page opened = carol.submit("/cases/" + caseId + "/record/case-break-glass",
                List.of(entry("justification", "Police called out of hours about this child; the duty worker needs the case.")));
        assertThat(opened.status()).as(opened.body()).isEqualTo(302);
        assertThat(opened.location()).contains("/cases/" + caseId);
        assertThat(carol.get(opened.location()).body()).contains("id=\"case-status\"");
        JsonNode audit = events.lastAccessEvent();
        assertThat(audit.path("actor").asText()).isEqualTo("carol");
        assertThat(audit.path("children").path(0).path("basis").asText()).isEqualTo("BREAK_GLASS");
    }

    @Test
    void an_administrator_issues_an_inspection_grant_from_a_page_and_others_cannot() {
        Pages root = new Pages(port).signIn("root");
        assertThat(root.get("/").location()).as("the administrator's start page").endsWith("/admin/inspection-grants");
        assertThat(root.get("/admin/inspection-grants").body()).contains("href=\"/admin/inspection-grants\"");
        String team = "Grant-" + java.util.UUID.randomUUID().toString().substring(0, 8);

        Pages.Page backwards = root.submit("/admin/inspection-grants", List.of(entry("inspector", "ivy"), entry("team", team),
                entry("from", "2026-11-02T09:00"), entry("until", "2026-11-01T09:00")));
        assertThat(backwards.status()).isEqualTo(400);
        assertThat(backwards.body()).contains("id=\"until-error\"").contains("value=\"" + team + "\"");

        Pages.Page issued = root.submit("/admin/inspection-grants", List.of(entry("inspector", "ivy"), entry("team", team),
                entry("from", "2026-11-02T09:00"), entry("until", "2026-11-30T17:00")));
        assertThat(issued.status()).isEqualTo(200);
        assertThat(issued.body()).contains("id=\"grant-issued\"")
                .contains("ivy may read the children of team " + team + " from 2 November 2026, 09:00 until 30 November 2026, 17:00");

        Pages.Page refused = new Pages(port).signIn("alice").submit("/admin/inspection-grants", List.of(entry("inspector", "ivy"),
                entry("team", "North"), entry("from", "2026-11-02T09:00"), entry("until", "2026-11-30T17:00")));
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.body()).doesNotContain("grant-issued");
    }

    @Test
    void child_search_lists_only_children_the_reader_may_open_and_is_audited_as_a_search() {
        Pages alice = new Pages(port).signIn("alice");
        String childId = registeredChild(alice, "Findable");
        assertThat(alice.get("/children?name=page+findable").body()).contains("/children/" + childId);
        JsonNode audit = events.lastAccessEvent();
        assertThat(audit.path("action").asText()).isEqualTo("SEARCH");
        assertThat(audit.path("children").findValuesAsText("childId")).contains(childId);
        assertThat(new Pages(port).signIn("carol").get("/children?name=findable").body()).doesNotContain(childId);
    }

    @Test
    void the_register_csv_export_is_audited_as_an_export() {
        Pages bob = new Pages(port).signIn("bob");
        Pages.Page csv = bob.get("/register.csv?asOf=2026-10-20");
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.body()).startsWith("childId,caseId,planId,childName,category");
        JsonNode audit = events.lastAccessEvent();
        assertThat(audit.path("action").asText()).isEqualTo("EXPORT");
        assertThat(audit.path("actor").asText()).isEqualTo("bob");
    }

    @Test
    void unknown_or_malformed_addresses_are_pages_not_json_and_the_api_keeps_no_session() {
        Pages alice = new Pages(port).signIn("alice");
        Pages.Page unknown = alice.get("/children/00000000-0000-0000-0000-000000000000");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.body()).contains("Page not found");
        assertThat(alice.get("/cases/not-an-id").status()).isEqualTo(404);
        assertThat(alice.get("/cases/00000000-0000-0000-0000-000000000000/record/no-such-form").status()).isEqualTo(404);
        assertThat(new Pages(port).get("/caseload").location()).endsWith("/signin");
        Api.Answer api = Api.at(port).as("alice").get("/api/caseload");
        assertThat(api.status()).isEqualTo(200);
        assertThat(api.headers()).doesNotContainKey("set-cookie");
    }
}
