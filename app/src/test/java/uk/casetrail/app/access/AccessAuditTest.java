package uk.casetrail.app.access;

import com.fasterxml.jackson.databind.JsonNode;
import org.axonframework.eventhandling.EventBus;
import org.axonframework.eventhandling.GenericEventMessage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import uk.casetrail.app.support.Api;
import uk.casetrail.app.support.CasetrailIntegrationTest;
import uk.casetrail.app.support.EventTable;
import uk.casetrail.app.support.Projections;
import uk.casetrail.events.access.BreakGlassInvoked;
import uk.casetrail.events.ids.ChildId;
import uk.casetrail.query.rebuild.ProjectionRebuild;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/** Who saw what: every read authorised by relationship and appended to the log, refusals too. */
@CasetrailIntegrationTest
class AccessAuditTest {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/London"));

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ProjectionRebuild projections;

    @Autowired
    EventBus eventBus;

    @Autowired
    TransactionTemplate transaction;

    private String childId;
    private String caseId;

    @BeforeEach
    void aChildOfNorthWithHealthInvolved() {
        Api alice = Api.at(port).as("alice");
        childId = alice.post("/api/children", "{\"givenName\":\"Aud\",\"familyName\":\"Ited\",\"dateOfBirth\":\"2017-07-07\"}").text("childId");
        String at = TODAY.minusDays(10).atTime(9, 0).atZone(ZoneId.of("Europe/London")).toInstant().toString();
        caseId = alice.post("/api/cases", "{\"childId\":\"" + childId + "\",\"contactReceivedAt\":\"" + at + "\",\"referralSource\":\"3B\"}").text("caseId");
        alice.post("/api/cases/" + caseId + "/referral-decision", "{\"decision\":\"REFERRAL\",\"decidedAt\":\"" + at + "\"}");
        alice.post("/api/cases/" + caseId + "/allocation", "{\"worker\":\"alice\",\"team\":\"North\"}");
        long version = alice.post("/api/cases/" + caseId + "/involvements",
                "{\"agency\":\"Health\",\"practitioner\":\"hana\",\"role\":\"Health visitor\",\"from\":\"2025-01-06\"}").version();
        assertThat(alice.get("/api/cases/" + caseId + "?minVersion=" + version).header("Casetrail-Stale")).isNull();
    }

    /** The latest access event in the event log, as stored. */
    private JsonNode lastAccessEvent() {
        return new EventTable(jdbc).lastAccessEvent();
    }

    private long lastAccessPosition() {
        return jdbc.sql("SELECT max(global_index) FROM domain_event_entry WHERE payload_type LIKE '%RecordAccessed'")
                .query(Long.class).single();
    }

    private static JsonNode entryAt(JsonNode search, long position) {
        for (JsonNode entry : search.path("entries")) {
            if (entry.path("position").asLong() == position) {
                return entry;
            }
        }
        throw new AssertionError("no entry at position " + position + " in " + search);
    }

    private long accessEvents() {
        return jdbc.sql("SELECT count(*) FROM domain_event_entry WHERE payload_type LIKE '%RecordAccessed'").query(Long.class).single();
    }

    @Test
    void every_read_endpoint_as_every_demo_user_is_permitted_or_refused_by_relationship_and_audited() {
        Map<String, String> reads = new java.util.LinkedHashMap<>();
        reads.put("case-view", "/api/cases/" + caseId);
        reads.put("child-details", "/api/children/" + childId);
        reads.put("chronology", "/api/children/" + childId + "/chronology");
        reads.put("access-log", "/api/children/" + childId + "/access-log");
        // user -> expected status for case view, child details, chronology, access log
        Map<String, int[]> matrix = new java.util.LinkedHashMap<>();
        matrix.put("alice", new int[]{200, 200, 200, 200});
        matrix.put("bob", new int[]{200, 200, 200, 200});
        matrix.put("carol", new int[]{403, 403, 403, 403});
        matrix.put("hana", new int[]{403, 200, 200, 403});
        matrix.put("ivy", new int[]{403, 403, 403, 403});
        matrix.put("aude", new int[]{403, 403, 403, 200});
        matrix.put("root", new int[]{403, 403, 403, 403});
        matrix.put("dora", new int[]{403, 403, 403, 403});

        matrix.forEach((user, expected) -> {
            int i = 0;
            for (Map.Entry<String, String> read : reads.entrySet()) {
                long before = accessEvents();
                Api.Answer answer = Api.at(port).as(user).get(read.getValue());
                assertThat(answer.status()).as(user + " reads " + read.getKey()).isEqualTo(expected[i]);
                assertThat(accessEvents()).as("one access event for " + user + " reading " + read.getKey()).isEqualTo(before + 1);
                JsonNode audit = lastAccessEvent();
                assertThat(audit.path("actor").asText()).isEqualTo(user);
                assertThat(audit.path("resource").asText()).isEqualTo(read.getKey());
                assertThat(audit.path("children").path(0).path("childId").asText()).isEqualTo(childId);
                assertThat(audit.path("outcome").asText()).isEqualTo(expected[i] == 200 ? "PERMITTED" : "DENIED");
                assertThat(audit.path("clientAddress").asText()).isNotBlank();
                if (expected[i] == 403) {
                    assertThat(answer.contentType()).startsWith("application/problem+json");
                    assertThat(answer.body()).doesNotContain("Ited");
                    assertThat(audit.path("reason").asText()).isNotBlank();
                } else {
                    assertThat(audit.path("children").path(0).path("basis").asText()).isNotBlank();
                }
                i++;
            }
            for (String listing : List.of("/api/register/child-protection", "/api/caseload?worker=alice")) {
                long before = accessEvents();
                Api.Answer answer = Api.at(port).as(user).get(listing);
                assertThat(answer.status()).as(user + " reads " + listing).isEqualTo(200);
                assertThat(accessEvents()).isEqualTo(before + 1);
                assertThat(lastAccessEvent().path("actor").asText()).isEqualTo(user);
            }
        });

        JsonNode partnerView = Api.at(port).as("hana").get("/api/children/" + childId).json();
        assertThat(partnerView.path("cases")).isEmpty();
        assertThat(partnerView.path("involvements").findValuesAsText("agency")).containsOnly("Health");
        JsonNode partnerChronology = Api.at(port).as("hana").get("/api/children/" + childId + "/chronology").json();
        assertThat(partnerChronology.path("entries").findValuesAsText("category")).containsOnly("INVOLVEMENT");
        JsonNode caseload = Api.at(port).as("carol").get("/api/caseload?worker=alice").json();
        assertThat(caseload.path("entries").findValuesAsText("caseId")).doesNotContain(caseId);
        // Nor does a page's cursor name a case passed over: it would be that case's id, a page at a time
        // (a second case of alice's, so that her caseload runs to more than one page).
        aChildOfNorthWithHealthInvolved();
        JsonNode onePage = Api.at(port).as("carol").get("/api/caseload?worker=alice&limit=1").json();
        assertThat(onePage.path("entries")).isEmpty();
        assertThat(onePage.path("nextCursor").isNull() || onePage.path("nextCursor").isMissingNode()).as(onePage.toString()).isTrue();
        JsonNode alicesOwn = Api.at(port).as("alice").get("/api/caseload?limit=1").json();
        assertThat(alicesOwn.path("entries")).hasSize(1);
        assertThat(alicesOwn.path("nextCursor").asText()).isNotBlank();
    }

    @Test
    void a_refused_reader_naming_a_version_is_answered_after_the_whole_wait_however_soon_it_was_reached() {
        // Version 0 was reached long ago: answered at once, the refusal would say so; after the whole wait
        // (5 s), it says nothing of when the record reached the version named.
        for (String read : List.of("/api/cases/" + caseId + "?minVersion=0", "/api/children/" + childId + "?minVersion=0")) {
            long began = System.nanoTime();
            Api.Answer refused = Api.at(port).as("carol").get(read);
            assertThat(refused.status()).as(read).isEqualTo(403);
            assertThat(java.time.Duration.ofNanos(System.nanoTime() - began)).as(read).isGreaterThan(java.time.Duration.ofMillis(4_900));
        }
        // A reader the record is open to is answered as soon as it is reached.
        long began = System.nanoTime();
        assertThat(Api.at(port).as("alice").get("/api/cases/" + caseId + "?minVersion=0").status()).isEqualTo(200);
        assertThat(java.time.Duration.ofNanos(System.nanoTime() - began)).isLessThan(java.time.Duration.ofSeconds(4));
    }

    @Test
    void concurrent_reads_give_exactly_as_many_access_events() throws Exception {
        int readers = 24;
        long before = jdbc.sql("""
                        SELECT count(*) FROM domain_event_entry WHERE payload_type LIKE '%RecordAccessed'
                        AND convert_from(payload, 'UTF8') LIKE ?""").param("%" + childId + "%").query(Long.class).single();
        ExecutorService pool = Executors.newFixedThreadPool(readers);
        try {
            List<Future<Integer>> reads = new ArrayList<>();
            for (int i = 0; i < readers; i++) {
                reads.add(pool.submit(() -> Api.at(port).as("alice").get("/api/cases/" + caseId).status()));
            }
            for (Future<Integer> read : reads) {
                assertThat(read.get()).isEqualTo(200);
            }
        } finally {
            pool.shutdownNow();
        }
        long after = jdbc.sql("""
                        SELECT count(*) FROM domain_event_entry WHERE payload_type LIKE '%RecordAccessed'
                        AND convert_from(payload, 'UTF8') LIKE ?""").param("%" + childId + "%").query(Long.class).single();
        assertThat(after - before).isEqualTo(readers);
    }

    @Test
    void when_the_audit_cannot_be_written_the_read_fails_and_no_data_leaves() {
        jdbc.sql("""
                CREATE TRIGGER refuse_access_events BEFORE INSERT ON domain_event_entry FOR EACH ROW
                WHEN (NEW.payload_type LIKE '%RecordAccessed') EXECUTE FUNCTION refuse_change_to_log()""").update();
        try {
            Api.Answer answer = Api.at(port).as("alice").get("/api/cases/" + caseId);
            assertThat(answer.status()).isEqualTo(503);
            assertThat(answer.contentType()).startsWith("application/problem+json");
            assertThat(answer.body()).doesNotContain("Ited").doesNotContain(childId);
        } finally {
            jdbc.sql("DROP TRIGGER refuse_access_events ON domain_event_entry").update();
        }
        assertThat(Api.at(port).as("alice").get("/api/cases/" + caseId).status()).isEqualTo(200);
    }

    @Test
    void nobody_restricts_a_record_to_open_it_to_themselves() {
        String restrict = "{\"reason\":\"Staff-related\",\"namedUsers\":[\"%s\"]}";
        // A child held by South: a manager of North may not restrict it, naming himself or anyone else.
        Api carol = Api.at(port).as("carol");
        String southern = carol.post("/api/children", "{\"givenName\":\"Sol\",\"familyName\":\"Southby\",\"dateOfBirth\":\"2018-08-08\"}")
                .text("childId");
        String at = TODAY.minusDays(5).atTime(9, 0).atZone(ZoneId.of("Europe/London")).toInstant().toString();
        carol.post("/api/cases", "{\"childId\":\"" + southern + "\",\"contactReceivedAt\":\"" + at + "\",\"referralSource\":\"3B\"}");
        // Known to the read models (a child they do not know yet is a 404 to everyone).
        assertThat(carol.get("/api/children/" + southern + "?minVersion=0").status()).isEqualTo(200);
        Api bob = Api.at(port).as("bob");
        Api.Answer refused = bob.post("/api/children/" + southern + "/restriction", restrict.formatted("bob"));
        assertThat(refused.status()).as(refused.toString()).isEqualTo(403);
        assertThat(lastAccessEvent().path("action").asText()).isEqualTo("CHANGE");
        assertThat(lastAccessEvent().path("outcome").asText()).isEqualTo("DENIED");
        assertThat(bob.get("/api/children/" + southern).status()).isEqualTo(403);
        // An administrator restricts any record, and naming himself opens it to him no more than before.
        Api root = Api.at(port).as("root");
        assertThat(root.post("/api/children/" + southern + "/restriction", restrict.formatted("root")).status()).isEqualTo(200);
        assertThat(root.get("/api/children/" + southern).status()).isEqualTo(403);
    }

    @Test
    void a_restricted_record_opens_to_named_users_and_break_glass_which_auditors_review() {
        Api alice = Api.at(port).as("alice");
        Api bob = Api.at(port).as("bob");
        JsonNode unrestricted = alice.get("/api/children/" + childId).json();
        assertThat(unrestricted.has("restriction") && unrestricted.get("restriction").isNull()).as(unrestricted.toString()).isTrue();
        assertThat(alice.post("/api/children/" + childId + "/restriction",
                "{\"reason\":\"Staff-related\",\"namedUsers\":[\"bob\"]}").status()).isEqualTo(403);
        assertThat(bob.post("/api/children/" + childId + "/restriction",
                "{\"reason\":\"Staff-related\",\"namedUsers\":[\"bob\"]}").status()).isEqualTo(200);

        assertThat(alice.get("/api/cases/" + caseId).status()).isEqualTo(403);
        assertThat(lastAccessEvent().path("outcome").asText()).isEqualTo("DENIED");
        assertThat(bob.get("/api/cases/" + caseId).status()).isEqualTo(200);
        assertThat(lastAccessEvent().path("children").path(0).path("basis").asText()).isEqualTo("NAMED_USER");
        JsonNode restriction = bob.get("/api/children/" + childId).json().path("restriction");
        assertThat(restriction.path("reason").asText()).as("a named reader is told the record is restricted").isEqualTo("Staff-related");
        assertThat(restriction.path("namedUsers").get(0).asText()).isEqualTo("bob");
        // The allocated worker, not named, records on the case no more than she reads it; the named manager does.
        long caseEvents = new EventTable(jdbc).countFor(caseId);
        Api.Answer refusedNote = alice.post("/api/cases/" + caseId + "/notes",
                "{\"kind\":\"CONTACT\",\"occurredOn\":\"" + TODAY + "\",\"summary\":\"Phoned the school\"}");
        assertThat(refusedNote.status()).as(refusedNote.toString()).isEqualTo(403);
        assertThat(refusedNote.text("detail")).contains("restricted");
        assertThat(new EventTable(jdbc).countFor(caseId)).isEqualTo(caseEvents);
        assertThat(lastAccessEvent().path("action").asText()).isEqualTo("CHANGE");
        assertThat(lastAccessEvent().path("outcome").asText()).isEqualTo("DENIED");
        assertThat(bob.post("/api/cases/" + caseId + "/notes",
                "{\"kind\":\"MANAGEMENT_OVERSIGHT\",\"occurredOn\":\"" + TODAY + "\",\"summary\":\"Reviewed\"}").status()).isEqualTo(201);

        assertThat(alice.post("/api/children/" + childId + "/break-glass", "{\"justification\":\"urgent\"}").status()).isEqualTo(400);
        assertThat(alice.post("/api/cases/" + UUID.randomUUID() + "/break-glass", "{\"justification\":\"urgent\"}").status())
                .as("the justification first: whether a case exists is not told to a refused request").isEqualTo(400);
        Api.Answer opened = alice.post("/api/children/" + childId + "/break-glass",
                "{\"justification\":\"Police at the door out of hours; child at risk tonight and the manager is unreachable\"}");
        assertThat(opened.status()).as(opened.toString()).isEqualTo(201);
        assertThat(Instant.parse(opened.text("openUntil"))).isAfter(Instant.now().plusSeconds(25 * 60));
        assertThat(alice.get("/api/cases/" + caseId).status()).isEqualTo(200);
        assertThat(lastAccessEvent().path("children").path(0).path("basis").asText()).isEqualTo("BREAK_GLASS");

        Api aude = Api.at(port).as("aude");
        String breakGlassId = opened.text("breakGlassId");
        JsonNode queue = aude.get("/api/audit/break-glass").json();
        assertThat(queue.findValuesAsText("breakGlassId")).contains(breakGlassId);
        JsonNode queueRead = lastAccessEvent();
        assertThat(queueRead.path("actor").asText()).isEqualTo("aude");
        assertThat(queueRead.path("resource").asText()).isEqualTo("break-glass-review-queue");
        assertThat(queueRead.path("children").findValuesAsText("childId")).contains(childId);
        assertThat(alice.post("/api/audit/break-glass/" + breakGlassId + "/review", "{\"outcome\":\"JUSTIFIED\"}").status()).isEqualTo(403);
        assertThat(aude.post("/api/audit/break-glass/" + breakGlassId + "/review",
                "{\"outcome\":\"JUSTIFIED\",\"notes\":\"Confirmed with the duty manager\"}").status()).isEqualTo(204);
        assertThat(aude.get("/api/audit/break-glass").json().findValuesAsText("breakGlassId")).doesNotContain(breakGlassId);
    }

    @Test
    void a_break_glass_window_closes_by_itself() {
        Api carol = Api.at(port).as("carol");
        assertThat(carol.get("/api/children/" + childId + "/chronology").status()).isEqualTo(403);
        transaction.executeWithoutResult(tx -> eventBus.publish(GenericEventMessage.asEventMessage(new BreakGlassInvoked(
                UUID.randomUUID(), ChildId.of(childId), "carol", "SOCIAL_WORKER", "South",
                "Opened an hour ago for an emergency at the South office, now over", Instant.now().minusSeconds(60)))));
        assertThat(carol.get("/api/children/" + childId + "/chronology").status()).isEqualTo(403);
    }

    @Test
    void an_inspector_reads_the_granted_team_within_the_window_with_basis_inspection() {
        // A team of its own, so that the grant opens this child only (grants outlive the test).
        String team = "Insp-" + UUID.randomUUID().toString().substring(0, 8);
        long version = Api.at(port).as("alice").post("/api/cases/" + caseId + "/allocation",
                "{\"worker\":\"alice\",\"team\":\"" + team + "\"}").version();
        Api.at(port).as("alice").get("/api/cases/" + caseId + "?minVersion=" + version);
        Api ivy = Api.at(port).as("ivy");
        Api root = Api.at(port).as("root");
        assertThat(ivy.get("/api/children/" + childId + "/chronology").status()).isEqualTo(403);
        Instant now = Instant.now();
        assertThat(root.post("/api/inspection-grants", "{\"inspector\":\"ivy\",\"team\":\"South\",\"from\":\""
                + now.minusSeconds(60) + "\",\"until\":\"" + now.plusSeconds(3600) + "\"}").status()).isEqualTo(201);
        assertThat(ivy.get("/api/children/" + childId + "/chronology").status()).isEqualTo(403);
        assertThat(Api.at(port).as("alice").post("/api/inspection-grants", "{\"inspector\":\"ivy\",\"team\":\"" + team + "\",\"from\":\""
                + now.minusSeconds(60) + "\",\"until\":\"" + now.plusSeconds(3600) + "\"}").status()).isEqualTo(403);
        assertThat(root.post("/api/inspection-grants", "{\"inspector\":\"ivy\",\"team\":\"" + team + "\",\"from\":\""
                + now.minusSeconds(7200) + "\",\"until\":\"" + now.minusSeconds(3600) + "\"}").status()).isEqualTo(201);
        assertThat(ivy.get("/api/children/" + childId + "/chronology").status()).as("an expired grant").isEqualTo(403);
        assertThat(root.post("/api/inspection-grants", "{\"inspector\":\"ivy\",\"team\":\"" + team + "\",\"from\":\""
                + now.minusSeconds(60) + "\",\"until\":\"" + now.plusSeconds(3600) + "\"}").status()).isEqualTo(201);
        assertThat(ivy.get("/api/children/" + childId + "/chronology").status()).isEqualTo(200);
        JsonNode audit = lastAccessEvent();
        assertThat(audit.path("children").path(0).path("basis").asText()).isEqualTo("INSPECTION");
        assertThat(audit.path("purpose").asText()).isEqualTo("INSPECTION");
        assertThat(ivy.post("/api/cases/" + caseId + "/notes", "{\"kind\":\"OTHER\",\"occurredOn\":\"" + TODAY
                + "\",\"summary\":\"x\"}").status()).isEqualTo(403);
    }

    @Test
    void auditors_search_the_access_log_and_the_childs_team_sees_who_opened_the_record() {
        Api.at(port).as("alice").get("/api/cases/" + caseId);
        String alicesBasis = lastAccessEvent().path("children").path(0).path("basis").asText();
        long alicesRead = lastAccessPosition();
        Api.at(port).as("carol").get("/api/cases/" + caseId);
        long carolsAttempt = lastAccessPosition();
        Projections.awaitCaughtUp(projections);

        Api aude = Api.at(port).as("aude");
        JsonNode forChild = aude.get("/api/audit/access?childId=" + childId + "&limit=1000").json();
        assertThat(forChild.path("entries").findValuesAsText("actor")).contains("alice", "carol");
        JsonNode denied = aude.get("/api/audit/access?childId=" + childId + "&outcome=DENIED").json();
        assertThat(denied.path("entries").findValuesAsText("actor")).containsOnly("carol");
        // Newest first, on request, and a cursor goes on backwards.
        JsonNode newest = aude.get("/api/audit/access?childId=" + childId + "&order=newest&limit=1").json();
        assertThat(newest.path("entries").path(0).path("position").asLong()).isEqualTo(carolsAttempt);
        JsonNode before = aude.get("/api/audit/access?childId=" + childId + "&order=newest&limit=1&cursor="
                + newest.path("nextCursor").asText()).json();
        assertThat(before.path("entries").path(0).path("position").asLong()).isEqualTo(alicesRead);
        assertThat(aude.get("/api/audit/access?order=sideways").status()).isEqualTo(400);
        assertThat(aude.get("/api/audit/access?childId=" + childId + "&limit=1&cursor=" + newest.path("nextCursor").asText()).status())
                .as("a newest-first cursor is not read oldest first").isEqualTo(400);
        JsonNode byActor = aude.get("/api/audit/access?childId=" + childId + "&actor=alice&limit=1").json();
        assertThat(byActor.path("entries")).hasSize(1);
        assertThat(byActor.path("nextCursor").isNull()).isFalse();
        JsonNode entry = forChild.path("entries").path(0);
        for (String field : List.of("position", "recordedAt", "actor", "role", "action", "childId", "resource", "basis", "purpose", "outcome")) {
            assertThat(entry.has(field)).as(field).isTrue();
        }
        // Each as it was recorded: the basis it was opened on, the purpose, the outcome.
        JsonNode opened = entryAt(forChild, alicesRead);
        assertThat(opened.path("actor").asText()).isEqualTo("alice");
        assertThat(opened.path("role").asText()).isEqualTo("SOCIAL_WORKER");
        assertThat(opened.path("resource").asText()).isEqualTo("case-view");
        assertThat(opened.path("basis").asText()).isNotBlank().isEqualTo(alicesBasis);
        assertThat(opened.path("purpose").asText()).isEqualTo("DIRECT_CARE");
        assertThat(opened.path("outcome").asText()).isEqualTo("PERMITTED");
        JsonNode refused = entryAt(forChild, carolsAttempt);
        assertThat(refused.path("actor").asText()).isEqualTo("carol");
        assertThat(refused.path("basis").isNull()).as(refused.toString()).isTrue();
        assertThat(refused.path("purpose").asText()).isEqualTo("DIRECT_CARE");
        assertThat(refused.path("outcome").asText()).isEqualTo("DENIED");
        assertThat(Api.at(port).as("alice").get("/api/audit/access").status()).isEqualTo(403);

        JsonNode childLog = Api.at(port).as("bob").get("/api/children/" + childId + "/access-log?limit=1000").json();
        assertThat(childLog.path("entries").findValuesAsText("actor")).contains("alice", "carol");
        assertThat(Api.at(port).as("carol").get("/api/children/" + childId + "/access-log").status()).isEqualTo(403);
    }

    @Test
    void a_read_of_many_children_puts_each_child_in_the_access_log_with_the_basis_it_was_opened_on() {
        Api alice = Api.at(port).as("alice");
        String second = alice.post("/api/children", "{\"givenName\":\"Sec\",\"familyName\":\"Ond\",\"dateOfBirth\":\"2018-08-08\"}").text("childId");
        String at = TODAY.minusDays(3).atTime(9, 0).atZone(ZoneId.of("Europe/London")).toInstant().toString();
        String secondCase = alice.post("/api/cases", "{\"childId\":\"" + second + "\",\"contactReceivedAt\":\"" + at + "\",\"referralSource\":\"3B\"}").text("caseId");
        alice.post("/api/cases/" + secondCase + "/referral-decision", "{\"decision\":\"REFERRAL\",\"decidedAt\":\"" + at + "\"}");
        alice.post("/api/cases/" + secondCase + "/allocation", "{\"worker\":\"alice\",\"team\":\"North\"}");
        Projections.awaitCaughtUp(projections);

        assertThat(alice.get("/api/caseload?worker=alice").status()).isEqualTo(200);
        JsonNode read = lastAccessEvent();
        Map<String, String> bases = new java.util.HashMap<>();
        read.path("children").forEach(child -> bases.put(child.path("childId").asText(), child.path("basis").asText()));
        assertThat(bases).containsKeys(childId, second);
        Projections.awaitCaughtUp(projections);

        for (String child : List.of(childId, second)) {
            List<JsonNode> fromTheRead = new ArrayList<>();
            Api.at(port).as("aude").get("/api/audit/access?childId=" + child + "&actor=alice&limit=1000").json().path("entries")
                    .forEach(entry -> {
                        if (entry.path("resource").asText().equals(read.path("resource").asText())) {
                            fromTheRead.add(entry);
                        }
                    });
            assertThat(fromTheRead).as("the caseload read, in the access log of " + child).hasSize(1);
            assertThat(fromTheRead.get(0).path("basis").asText()).isEqualTo(bases.get(child)).isNotBlank();
            assertThat(fromTheRead.get(0).path("childId").asText()).isEqualTo(child);
        }
    }
}
