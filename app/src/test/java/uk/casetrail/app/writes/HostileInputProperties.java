package uk.casetrail.app.writes;

import com.fasterxml.jackson.databind.ObjectMapper;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.spring.JqwikSpringSupport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import uk.casetrail.app.support.Api;
import uk.casetrail.app.support.CasetrailIntegrationTest;
import uk.casetrail.app.support.EventTable;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Garbage at every write endpoint: malformed JSON, wrong types, missing and unknown fields, oversized
 * bodies and strings, unknown codes, impossible and future dates, invalid NHS numbers, script and SQL
 * text. Every answer is a 4xx problem+json or a success, never a 5xx, and a refused request stores nothing.
 */
@JqwikSpringSupport
@CasetrailIntegrationTest
class HostileInputProperties {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final LocalDate TODAY = WriteFixture.TODAY;
    private static final List<String> HOSTILE = List.of("<script>alert('x')</script>", "'; DROP TABLE domain_event_entry; --",
            "\" OR 1=1 --", "${jndi:ldap://127.0.0.1/x}", "\u0000\u0001\u0002", "😀 emoji and ünïcödé", "\\u0000", "../../etc/passwd",
            "{{7*7}}", "%s%s%s%n", "");

    @Value("${local.server.port}")
    int port;

    @Autowired
    JdbcClient jdbc;

    private String caseId;
    private String childId;
    private String noteId;

    enum Mutation { NONE, REMOVE_FIELD, UNKNOWN_FIELD, WRONG_TYPE, HOSTILE_TEXT, BAD_DATE, FUTURE_DATE, BAD_CODE, HUGE_STRING,
        MALFORMED, HUGE_BODY, BAD_NHS_NUMBER }

    record Attempt(int endpoint, List<Mutation> mutations, long seed) {
    }

    private void aCaseToWriteOn() {
        if (caseId != null) {
            return;
        }
        Api alice = Api.at(port).as("alice");
        caseId = WriteFixture.referredCase(alice);
        childId = alice.get("/api/cases/" + caseId + "?minVersion=1").text("childId");
        noteId = alice.post("/api/cases/" + caseId + "/notes", "{\"kind\":\"CONTACT\",\"occurredOn\":\"" + TODAY
                + "\",\"summary\":\"A note to correct\"}").text("id");
    }

    private List<Map.Entry<String, Map<String, Object>>> endpoints() {
        String c = "/api/cases/" + caseId;
        return List.of(
                Map.entry("/api/children", body("givenName", "Hos", "familyName", "Tile", "dateOfBirth", "2019-01-01", "sex", "F",
                        "ethnicity", "WBRI", "nhsNumber", "9434765919", "disabilities", List.of("NONE"))),
                Map.entry("/api/children/" + childId + "/corrections", body("field", "givenName", "value", "Hostile", "reason", "typo")),
                Map.entry("/api/cases", body("childId", childId, "contactReceivedAt", "2026-01-05T10:00:00Z", "referralSource", "2A",
                        "summary", "Concern")),
                Map.entry(c + "/notes", body("kind", "VISIT", "occurredOn", TODAY.toString(), "summary", "Seen", "significant", true,
                        "source", "mother", "childSeen", true, "seenAlone", false, "location", "home", "impact", "Settled",
                        "actionTaken", "Visit again")),
                Map.entry(c + "/notes/" + noteId + "/corrections", body("summary", "Seen", "reason", "typo", "impact", "Settled",
                        "actionTaken", "Visit again")),
                Map.entry(c + "/allocation", body("worker", "alice", "team", "North")),
                Map.entry(c + "/assessments", body("startedOn", TODAY.toString())),
                Map.entry(c + "/strategy-discussions", body("heldOn", TODAY.toString(), "decision", "NO_SECTION_47")),
                Map.entry(c + "/conferences", body("kind", "INITIAL", "heldOn", TODAY.toString(), "decision", "NO_PLAN", "category", "NEG")),
                Map.entry(c + "/involvements", body("agency", "Police", "practitioner", "PC", "role", "Officer", "from", TODAY.toString())),
                Map.entry(c + "/child-in-need-plans", body("startedOn", TODAY.toString())),
                Map.entry(c + "/referral-decision", body("decision", "REFERRAL", "decidedAt", "2026-01-05T10:00:00Z", "primaryNeed", "N1")),
                Map.entry(c + "/reopening", body("reopenedOn", TODAY.toString(), "reason", "why")),
                Map.entry(c + "/closure", body("closedOn", TODAY.toString(), "reason", "RC7")));
    }

    private static Map<String, Object> body(Object... pairs) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put((String) pairs[i], pairs[i + 1]);
        }
        return map;
    }

    @Provide
    Arbitrary<Attempt> attempts() {
        return Combinators.combine(Arbitraries.integers().between(0, 13),
                Arbitraries.of(Mutation.class).list().ofMinSize(1).ofMaxSize(3),
                Arbitraries.longs()).as(Attempt::new);
    }

    @Property(tries = 400)
    void garbage_gets_a_4xx_problem_and_stores_nothing(@ForAll("attempts") Attempt attempt) throws Exception {
        aCaseToWriteOn();
        var endpoint = endpoints().get(attempt.endpoint());
        Random random = new Random(attempt.seed());
        Map<String, Object> body = new LinkedHashMap<>(endpoint.getValue());
        String text = null;
        for (Mutation mutation : attempt.mutations()) {
            List<String> fields = List.copyOf(body.keySet());
            String field = fields.isEmpty() ? "x" : fields.get(random.nextInt(fields.size()));
            switch (mutation) {
                case NONE -> { }
                case REMOVE_FIELD -> body.remove(field);
                case UNKNOWN_FIELD -> body.put("unexpected" + random.nextInt(100), "value");
                case WRONG_TYPE -> body.put(field, List.of(42, List.of(), Map.of("a", 1), true, 3.14).get(random.nextInt(5)));
                case HOSTILE_TEXT -> body.put(field, HOSTILE.get(random.nextInt(HOSTILE.size())));
                case BAD_DATE -> body.put(field, List.of("2026-02-30", "31/12/2026", "2026-13-01", "yesterday", "0000-00-00").get(random.nextInt(5)));
                case FUTURE_DATE -> body.put(field, TODAY.plusDays(1 + random.nextInt(400)).toString());
                case BAD_CODE -> body.put(field, List.of("ZZ", "rc8", "N10", "XXXX", "0").get(random.nextInt(5)));
                case HUGE_STRING -> body.put(field, "a".repeat(20_001 + random.nextInt(10_000)));
                case BAD_NHS_NUMBER -> body.put(field, List.of("9434765918", "1234567890", "12345", "94347659190").get(random.nextInt(4)));
                case HUGE_BODY -> body.put("padding", "p".repeat(300_000));
                case MALFORMED -> text = JSON.writeValueAsString(body).substring(0, random.nextInt(Math.max(1, JSON.writeValueAsString(body).length())));
            }
        }
        String sent = text != null ? text : JSON.writeValueAsString(body);
        EventTable events = new EventTable(jdbc);
        long before = events.count();
        long recordsBefore = events.countOfRecords();
        Api.Answer answer = Api.at(port).as(endpoint.getKey().endsWith("/closure") ? "bob" : "alice").post(endpoint.getKey(), sent);
        Statistics.label("answers").collect(answer.status() / 100 + "xx");
        assertThat(answer.status()).as(endpoint.getKey() + " " + sent.substring(0, Math.min(300, sent.length())) + " -> " + answer)
                .isLessThan(500);
        if (answer.status() >= 400) {
            assertThat(answer.contentType()).startsWith("application/problem+json");
            // A write refused for want of a relationship (an earlier try may have allocated the case to another
            // team) leaves its refusal in the access log, and nothing else; any other refusal stores nothing.
            long refusalsAudited = answer.status() == 403 ? 1 : 0;
            assertThat(events.count()).as("events stored by a refused request").isEqualTo(before + refusalsAudited);
            assertThat(events.countOfRecords()).as("events recorded by a refused request").isEqualTo(recordsBefore);
        }
    }
}
