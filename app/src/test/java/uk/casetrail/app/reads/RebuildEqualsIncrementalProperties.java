package uk.casetrail.app.reads;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.spring.JqwikSpringSupport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import uk.casetrail.app.support.Api;
import uk.casetrail.app.support.CasetrailIntegrationTest;
import uk.casetrail.app.support.Projections;
import uk.casetrail.query.rebuild.ProjectionRebuild;

import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Random journeys drawn from the statutory path, recorded through the API (the write model refuses
 * the steps that are not valid at that point, so what is recorded is always a valid journey). The
 * read models built event by event must equal the read models rebuilt from the whole log.
 */
@JqwikSpringSupport
@CasetrailIntegrationTest
class RebuildEqualsIncrementalProperties {

    private static final java.util.regex.Pattern UUID = java.util.regex.Pattern.compile(
            "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    private static final List<String> TABLES = List.of("child_summary", "case_view", "case_assessment", "case_allocation",
            "case_visit", "case_involvement", "protection_plan", "protection_plan_category", "protection_plan_review",
            "chronology_case", "chronology_entry", "access_log", "case_enquiry", "case_note");

    @Value("${local.server.port}")
    int port;

    @Autowired
    ProjectionRebuild rebuild;

    @Autowired
    JdbcClient jdbc;

    enum Action {
        REFERRAL, NO_FURTHER_ACTION, ALLOCATE, START_ASSESSMENT, SEE_CHILD, COMPLETE_ASSESSMENT, COMPLETE_LATE,
        STRATEGY_SECTION_47, STRATEGY_NO_SECTION_47, START_ENQUIRY, CONCLUDE_WITH_CONFERENCE, CONCLUDE_WITHOUT,
        INITIAL_CONFERENCE_PLAN, INITIAL_CONFERENCE_NO_PLAN, REVIEW_CONTINUE, REVIEW_END, VISIT, NOTE, CORRECT_NOTE,
        INVOLVEMENT, START_CIN_PLAN, END_CIN_PLAN, CLOSE_SERVICES_CEASED, CLOSE_AFTER_ASSESSMENT, REOPEN
    }

    /** A step of a journey: which of the steps open at that point to take, how many days later, with what category. */
    record Step(int choice, int daysLater, String category) {
    }

    /** What the test knows of a journey so far, to choose among the steps the statutory path allows next. */
    static final class JourneyModel {
        boolean decided;
        boolean closed;
        boolean openAssessment;
        boolean childSeen;
        boolean completedAssessment;
        boolean section47Decided;
        boolean openEnquiry;
        boolean awaitingConference;
        boolean plan;
        boolean cinPlan;
        boolean note;

        List<Action> next() {
            List<Action> next = new java.util.ArrayList<>();
            if (closed) {
                return List.of(Action.REOPEN);
            }
            if (!decided) {
                return List.of(Action.REFERRAL, Action.REFERRAL, Action.REFERRAL, Action.NO_FURTHER_ACTION);
            }
            next.addAll(List.of(Action.ALLOCATE, Action.NOTE, Action.VISIT, Action.INVOLVEMENT, Action.STRATEGY_SECTION_47,
                    Action.STRATEGY_SECTION_47, Action.STRATEGY_NO_SECTION_47, Action.CLOSE_SERVICES_CEASED));
            next.add(openAssessment ? (childSeen ? Action.COMPLETE_ASSESSMENT : Action.SEE_CHILD) : Action.START_ASSESSMENT);
            if (openAssessment && childSeen) {
                next.add(Action.COMPLETE_LATE);
            }
            if (note) {
                next.add(Action.CORRECT_NOTE);
            }
            if (section47Decided) {
                next.addAll(java.util.Collections.nCopies(6, Action.START_ENQUIRY));
            }
            if (openEnquiry) {
                next.addAll(java.util.Collections.nCopies(6, Action.CONCLUDE_WITH_CONFERENCE));
                next.add(Action.CONCLUDE_WITHOUT);
            }
            if (awaitingConference && !plan) {
                next.addAll(java.util.Collections.nCopies(6, Action.INITIAL_CONFERENCE_PLAN));
                next.add(Action.INITIAL_CONFERENCE_NO_PLAN);
            }
            if (plan) {
                next.addAll(List.of(Action.REVIEW_CONTINUE, Action.REVIEW_CONTINUE, Action.REVIEW_CONTINUE, Action.REVIEW_END));
            }
            next.add(cinPlan ? Action.END_CIN_PLAN : Action.START_CIN_PLAN);
            if (completedAssessment && !plan) {
                next.add(Action.CLOSE_AFTER_ASSESSMENT);
            }
            return next;
        }

        void recorded(Action action) {
            switch (action) {
                case REFERRAL -> decided = true;
                case NO_FURTHER_ACTION -> closed = true;
                case START_ASSESSMENT -> { openAssessment = true; childSeen = false; }
                case SEE_CHILD -> childSeen = true;
                case COMPLETE_ASSESSMENT, COMPLETE_LATE -> { openAssessment = false; completedAssessment = true; }
                case STRATEGY_SECTION_47 -> section47Decided = true;
                case START_ENQUIRY -> { section47Decided = false; openEnquiry = true; }
                case CONCLUDE_WITH_CONFERENCE -> { openEnquiry = false; awaitingConference = true; }
                case CONCLUDE_WITHOUT -> { openEnquiry = false; awaitingConference = false; }
                case INITIAL_CONFERENCE_PLAN -> { awaitingConference = false; plan = true; }
                case INITIAL_CONFERENCE_NO_PLAN -> awaitingConference = false;
                case REVIEW_END -> plan = false;
                case VISIT, NOTE -> note = true;
                case START_CIN_PLAN -> cinPlan = true;
                case END_CIN_PLAN -> cinPlan = false;
                case CLOSE_SERVICES_CEASED, CLOSE_AFTER_ASSESSMENT -> { closed = true; plan = false; cinPlan = false; }
                case REOPEN -> closed = false;
                default -> { }
            }
        }
    }

    @Provide
    Arbitrary<List<List<Step>>> journeys() {
        Arbitrary<Step> step = Combinators.combine(
                Arbitraries.integers().between(0, 1000),
                Arbitraries.integers().between(0, 9),
                Arbitraries.of("NEG", "PHY", "SAB", "EMO", "MUL")).as(Step::new);
        return step.list().ofMinSize(2).ofMaxSize(35).list().ofMinSize(1).ofMaxSize(3);
    }

    // Not shrunk: each try adds to a shared database, so a smaller sample is no simpler; and jqwik's
    // time-bounded shrinking leaves its thread running tries (recording, rebuilding) under the tests after.
    @Property(tries = 8, shrinking = ShrinkingMode.OFF)
    void projections_built_incrementally_equal_projections_rebuilt_from_the_log(@ForAll("journeys") List<List<Step>> journeys) {
        for (List<Step> journey : journeys) {
            record(journey);
        }
        Projections.awaitCaughtUp(rebuild);
        Map<String, List<String>> incremental = snapshot();

        rebuild.start();
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (!"COMPLETE".equals(rebuild.progress().state())) {
            assertThat(System.nanoTime()).as("rebuild finishes").isLessThan(deadline);
            sleep();
        }
        Projections.awaitCaughtUp(rebuild);

        Map<String, List<String>> rebuilt = snapshot();
        for (String table : TABLES) {
            assertThat(rebuilt.get(table)).as(() -> table + " rebuilt from the log; " + explain(incremental.get(table), rebuilt.get(table)))
                    .containsExactlyElementsOf(incremental.get(table));
        }
    }

    /**
     * What a failure needs to be understood after the fact (the property runs against a shared
     * database, so a failing sample cannot simply be replayed): the rows that differ, the events of the
     * records they belong to, and where each processor's segments stood.
     */
    private String explain(List<String> incremental, List<String> rebuilt) {
        List<String> missing = incremental.stream().filter(row -> !rebuilt.contains(row)).toList();
        List<String> extra = rebuilt.stream().filter(row -> !incremental.contains(row)).toList();
        List<String> ids = java.util.stream.Stream.concat(missing.stream(), extra.stream())
                .flatMap(row -> UUID.matcher(row).results().map(java.util.regex.MatchResult::group)).distinct().toList();
        List<String> events = jdbc.sql("""
                        SELECT global_index || ' ' || aggregate_identifier || '#' || sequence_number || ' ' || payload_type
                               || ' at ' || time_stamp FROM domain_event_entry
                        WHERE aggregate_identifier = ANY(:ids) ORDER BY global_index""")
                .param("ids", ids.toArray(String[]::new)).query(String.class).list();
        List<String> tokens = jdbc.sql("SELECT processor_name || '/' || segment || ' ' || owner || ' ' || convert_from(token, 'UTF8') FROM token_entry ORDER BY 1")
                .query(String.class).list();
        return "only incrementally: " + missing + "; only rebuilt: " + extra + "; their records' events: " + events
                + "; tokens: " + tokens;
    }

    private void record(List<Step> steps) {
        Api alice = Api.at(port).as("alice");
        Api bob = Api.at(port).as("bob");
        LocalDate day = CaseJourney.TODAY.minusDays(300);
        Api.Answer child = alice.post("/api/children", "{\"givenName\":\"Prop\",\"familyName\":\"Erty\",\"dateOfBirth\":\"2015-01-01\"}");
        String at = day.atTime(10, 0).atZone(CaseJourney.LONDON).toInstant().toString();
        String caseId = alice.post("/api/cases", "{\"childId\":\"" + child.text("childId") + "\",\"contactReceivedAt\":\"" + at
                + "\",\"referralSource\":\"2A\"}").text("caseId");
        String cases = "/api/cases/" + caseId;
        Map<String, String> last = new LinkedHashMap<>();
        JourneyModel model = new JourneyModel();
        for (Step step : steps) {
            List<Action> open = model.next();
            Action action = open.get(step.choice() % open.size());
            day = day.plusDays(step.daysLater());
            if (day.isAfter(CaseJourney.TODAY)) {
                day = CaseJourney.TODAY;
            }
            String on = "\"" + day + "\"";
            String weekday = "\"" + weekdayNotAfterToday(day) + "\"";
            // Whether a visit sees the child alone, a note gives an impact, a correction restates one: drawn with the step.
            boolean alone = step.daysLater() % 2 == 0;
            Api.Answer answer = switch (action) {
                case REFERRAL -> alice.post(cases + "/referral-decision", "{\"decision\":\"REFERRAL\",\"decidedAt\":\"" + at + "\",\"primaryNeed\":\"N1\"}");
                case NO_FURTHER_ACTION -> alice.post(cases + "/referral-decision", "{\"decision\":\"NO_FURTHER_ACTION\",\"decidedAt\":\"" + at + "\"}");
                case ALLOCATE -> alice.post(cases + "/allocation", "{\"worker\":\"alice\",\"team\":\"North\"}");
                case START_ASSESSMENT -> remember(last, "assessment", alice.post(cases + "/assessments", "{\"startedOn\":" + on + "}"));
                case SEE_CHILD -> alice.post(cases + "/assessments/" + last.get("assessment") + "/child-seen", "{\"seenOn\":" + on + ",\"seenAlone\":" + alone + "}");
                case COMPLETE_ASSESSMENT -> alice.post(cases + "/assessments/" + last.get("assessment") + "/completion",
                        "{\"completedOn\":" + on + ",\"factors\":[\"21\"],\"outcome\":\"CHILD_IN_NEED\"}");
                case COMPLETE_LATE -> alice.post(cases + "/assessments/" + last.get("assessment") + "/completion",
                        "{\"completedOn\":" + on + ",\"factors\":[\"3B\",\"16A\"],\"outcome\":\"STRATEGY_DISCUSSION\",\"lateReason\":\"Family unavailable\"}");
                case STRATEGY_SECTION_47 -> alice.post(cases + "/strategy-discussions", "{\"heldOn\":" + on + ",\"decision\":\"SECTION_47\"}");
                case STRATEGY_NO_SECTION_47 -> alice.post(cases + "/strategy-discussions", "{\"heldOn\":" + on + ",\"decision\":\"NO_SECTION_47\"}");
                case START_ENQUIRY -> remember(last, "enquiry", alice.post(cases + "/section-47-enquiries", "{\"startedOn\":" + on + "}"));
                case CONCLUDE_WITH_CONFERENCE -> alice.post(cases + "/section-47-enquiries/" + last.get("enquiry") + "/conclusion",
                        "{\"concludedOn\":" + on + ",\"icpcRequired\":true}");
                case CONCLUDE_WITHOUT -> alice.post(cases + "/section-47-enquiries/" + last.get("enquiry") + "/conclusion",
                        "{\"concludedOn\":" + on + ",\"icpcRequired\":false}");
                case INITIAL_CONFERENCE_PLAN -> alice.post(cases + "/conferences", "{\"kind\":\"INITIAL\",\"heldOn\":" + weekday
                        + ",\"decision\":\"CHILD_PROTECTION_PLAN\",\"category\":\"" + step.category() + "\"}");
                case INITIAL_CONFERENCE_NO_PLAN -> alice.post(cases + "/conferences", "{\"kind\":\"INITIAL\",\"heldOn\":" + weekday + ",\"decision\":\"NO_PLAN\"}");
                case REVIEW_CONTINUE -> alice.post(cases + "/conferences", "{\"kind\":\"REVIEW\",\"heldOn\":" + on
                        + ",\"decision\":\"CONTINUE_PLAN\",\"category\":\"" + step.category() + "\"}");
                case REVIEW_END -> alice.post(cases + "/conferences", "{\"kind\":\"REVIEW\",\"heldOn\":" + on + ",\"decision\":\"END_PLAN\"}");
                case VISIT -> remember(last, "note", alice.post(cases + "/notes", "{\"kind\":\"VISIT\",\"occurredOn\":" + on
                        + ",\"summary\":\"Visit\",\"significant\":true,\"childSeen\":true,\"seenAlone\":" + alone
                        + ",\"impact\":\"Settled\",\"actionTaken\":\"Visit again\"}"));
                case NOTE -> remember(last, "note", alice.post(cases + "/notes", "{\"kind\":\"MANAGEMENT_OVERSIGHT\",\"occurredOn\":" + on
                        + ",\"summary\":\"Oversight\"" + (alone ? ",\"impact\":\"Drift\"" : "") + "}"));
                // Restating the impact or not: the action taken, never restated, is carried from the note as it last read.
                case CORRECT_NOTE -> alice.post(cases + "/notes/" + last.get("note") + "/corrections", "{\"summary\":\"Corrected\",\"reason\":\"Typo\""
                        + (alone ? ",\"impact\":\"Worse\"" : "") + "}");
                case INVOLVEMENT -> alice.post(cases + "/involvements", "{\"agency\":\"Police\",\"practitioner\":\"PC Example\",\"role\":\"Officer\",\"from\":" + on + "}");
                case START_CIN_PLAN -> remember(last, "cin", alice.post(cases + "/child-in-need-plans", "{\"startedOn\":" + on + "}"));
                case END_CIN_PLAN -> alice.post(cases + "/child-in-need-plans/" + last.get("cin") + "/end", "{\"endedOn\":" + on + "}");
                case CLOSE_SERVICES_CEASED -> bob.post(cases + "/closure", "{\"closedOn\":" + on + ",\"reason\":\"RC7\"}");
                case CLOSE_AFTER_ASSESSMENT -> bob.post(cases + "/closure", "{\"closedOn\":" + on + ",\"reason\":\"RC8\"}");
                case REOPEN -> alice.post(cases + "/reopening", "{\"reopenedOn\":" + on + ",\"reason\":\"New concerns\"}");
            };
            assertThat(answer.status()).as(action + " " + answer).isLessThan(500);
            if (answer.status() < 300) {
                model.recorded(action);
            }
            // Shows in the report which steps the journeys reached, so a generator that never reaches a plan is noticed.
            Statistics.label("recorded steps").collect(answer.status() < 300 ? action : "refused " + action + " " + answer.json().path("rule").asText(answer.json().path("errors").path(0).path("field").asText()));
        }
    }

    private static Api.Answer remember(Map<String, String> last, String what, Api.Answer answer) {
        if (answer.status() == 201) {
            last.put(what, answer.text("id"));
        }
        return answer;
    }

    private static LocalDate weekdayNotAfterToday(LocalDate day) {
        LocalDate weekday = CaseJourney.weekday(day);
        while (weekday.isAfter(CaseJourney.TODAY) || weekday.getDayOfWeek().getValue() > 5) {
            weekday = weekday.minusDays(1);
        }
        return weekday;
    }

    private Map<String, List<String>> snapshot() {
        Map<String, List<String>> tables = new LinkedHashMap<>();
        for (String table : TABLES) {
            tables.put(table, jdbc.sql("SELECT t::text FROM " + table + " t ORDER BY 1").query(String.class).list());
        }
        return tables;
    }

    private static void sleep() {
        try {
            Thread.sleep(50);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
