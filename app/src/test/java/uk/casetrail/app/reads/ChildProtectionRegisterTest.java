package uk.casetrail.app.reads;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import uk.casetrail.app.support.Api;
import uk.casetrail.app.support.CasetrailIntegrationTest;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.casetrail.app.reads.CaseJourney.TODAY;

/** The register of children subject to a plan, correct for any date as things stood on that date. */
@CasetrailIntegrationTest
class ChildProtectionRegisterTest {

    @LocalServerPort
    int port;

    private JsonNode register(String query) {
        return register("bob", query);
    }

    private JsonNode register(String reader, String query) {
        Api.Answer answer = Api.at(port).as(reader).get("/api/register/child-protection" + query);
        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        return answer.json();
    }

    private static JsonNode entryFor(JsonNode register, String childId) {
        for (JsonNode entry : register.path("entries")) {
            if (entry.path("childId").asText().equals(childId)) {
                return entry;
            }
        }
        return null;
    }

    private JsonNode onDate(LocalDate date, String childId, String category) {
        return onDate("bob", date, childId, category);
    }

    private JsonNode onDate(String reader, LocalDate date, String childId, String category) {
        // Filtered by category and paged through, so that other tests' children cannot crowd this one out.
        String cursor = null;
        do {
            JsonNode page = register(reader, "?asOf=" + date + "&category=" + category + "&limit=1000"
                    + (cursor == null ? "" : "&cursor=" + cursor));
            JsonNode entry = entryFor(page, childId);
            if (entry != null) {
                return entry;
            }
            cursor = page.path("nextCursor").isNull() ? null : page.path("nextCursor").asText();
        } while (cursor != null);
        return null;
    }

    @Test
    void a_child_is_on_the_register_from_plan_start_to_plan_end_with_the_category_of_each_date() {
        Api alice = Api.at(port).as("alice");
        CaseJourney journey = CaseJourney.referred(alice, "Reg", "Historic", TODAY.minusDays(260)).allocate("alice", "North");
        LocalDate started = CaseJourney.weekday(TODAY.minusDays(200));
        journey.toPlan(TODAY.minusDays(200), "NEG");
        LocalDate reviewed = CaseJourney.weekday(TODAY.minusDays(100));
        // Held on the weekday itself: a review dated on the weekend before it would change the category early.
        journey.review(reviewed, "CONTINUE_PLAN", "EMO");
        LocalDate ended = CaseJourney.weekday(TODAY.minusDays(20));
        journey.review(ended, "END_PLAN", null);
        journey.view();
        String child = journey.childId;

        assertThat(onDate(started.minusDays(1), child, "NEG")).isNull();
        JsonNode first = onDate(started, child, "NEG");
        assertThat(first).isNotNull();
        assertThat(first.path("planStartedOn").asText()).isEqualTo(started.toString());
        assertThat(first.path("nextReviewDue").asText()).isEqualTo(started.plusMonths(3).toString());
        assertThat(first.path("reviewOverdue").asBoolean()).isFalse();
        assertThat(first.path("childName").asText()).isEqualTo("Reg Historic");

        // The review was held after its 3 months, so the day before it the review was overdue.
        JsonNode late = onDate(reviewed.minusDays(1), child, "NEG");
        assertThat(late.path("reviewOverdue").asBoolean()).isEqualTo(reviewed.minusDays(1).isAfter(started.plusMonths(3)));
        assertThat(onDate(reviewed, child, "NEG")).isNull();
        JsonNode afterReview = onDate(reviewed, child, "EMO");
        assertThat(afterReview.path("category").asText()).isEqualTo("EMO");
        assertThat(afterReview.path("nextReviewDue").asText()).isEqualTo(reviewed.plusMonths(6).toString());

        assertThat(onDate(ended.minusDays(1), child, "EMO")).isNotNull();
        assertThat(onDate(ended, child, "EMO")).isNull();
    }

    /**
     * Today's register reads each plan's latest category, review and lead as its row carries them; a date
     * before one of those changes reads the history. Both must tell what stood on their date.
     */
    @Test
    void the_lead_worker_category_and_review_are_those_of_the_date_asked_today_and_before() {
        Api alice = Api.at(port).as("alice");
        String team = "lead-" + UUID.randomUUID().toString().substring(0, 8);
        CaseJourney journey = CaseJourney.referred(alice, "Lead", "Changes", TODAY.minusDays(200));
        LocalDate started = CaseJourney.weekday(TODAY.minusDays(150));
        journey.toPlan(TODAY.minusDays(150), "NEG");
        LocalDate reviewed = CaseJourney.weekday(TODAY.minusDays(60));
        journey.review(reviewed, "CONTINUE_PLAN", "PHY");
        // Unallocated, the case is held by the team that received the contact.
        String receivingTeam = journey.view().text("team");
        assertThat(receivingTeam).isNotBlank();
        String child = journey.childId;

        JsonNode unallocated = onDate("alice", TODAY, child, "PHY");
        assertThat(unallocated.path("leadWorker").isNull()).as(unallocated.toString()).isTrue();
        assertThat(unallocated.path("team").asText()).isEqualTo(receivingTeam);
        assertThat(unallocated.path("nextReviewDue").asText()).isEqualTo(reviewed.plusMonths(6).toString());

        // Allocated today: the lead from today, none the day before.
        journey.allocate("alice", team);
        journey.view();
        JsonNode today = onDate("alice", TODAY, child, "PHY");
        assertThat(today.path("leadWorker").asText()).isEqualTo("alice");
        assertThat(today.path("team").asText()).isEqualTo(team);
        assertThat(today.path("category").asText()).isEqualTo("PHY");
        assertThat(today.path("nextReviewDue").asText()).isEqualTo(reviewed.plusMonths(6).toString());
        JsonNode yesterday = onDate("alice", TODAY.minusDays(1), child, "PHY");
        assertThat(yesterday.path("leadWorker").isNull()).as(yesterday.toString()).isTrue();
        assertThat(yesterday.path("team").asText()).isEqualTo(receivingTeam);

        // The day before the review: the category and review due date of the plan's start.
        assertThat(onDate("alice", reviewed.minusDays(1), child, "PHY")).isNull();
        JsonNode beforeReview = onDate("alice", reviewed.minusDays(1), child, "NEG");
        assertThat(beforeReview.path("category").asText()).isEqualTo("NEG");
        assertThat(beforeReview.path("nextReviewDue").asText()).isEqualTo(started.plusMonths(3).toString());
        assertThat(beforeReview.path("leadWorker").isNull()).isTrue();
    }

    @Test
    void the_register_filters_by_team_counts_by_category_and_pages() {
        String team = "reg-" + UUID.randomUUID().toString().substring(0, 8);
        Api alice = Api.at(port).as("alice");
        List<String> children = new ArrayList<>();
        String[] categories = {"NEG", "NEG", "PHY", "SAB", "MUL"};
        for (int i = 0; i < categories.length; i++) {
            CaseJourney journey = CaseJourney.referred(alice, "Child" + i, "Team" + (char) ('A' + i), TODAY.minusDays(60))
                    .allocate("alice", team);
            journey.toPlan(TODAY.minusDays(30), categories[i]);
            journey.view();
            children.add(journey.childId);
        }

        // alice is the lead worker of each, in a team of her own: she sees them; bob's team holds none of them.
        assertThat(register("bob", "?team=" + team).path("total").asInt()).isZero();
        JsonNode all = register("alice", "?team=" + team);
        assertThat(all.path("asOf").asText()).isEqualTo(TODAY.toString());
        assertThat(all.path("total").asInt()).isEqualTo(5);
        assertThat(all.path("countsByCategory").path("NEG").asInt()).isEqualTo(2);
        assertThat(all.path("countsByCategory").path("PHY").asInt()).isEqualTo(1);
        assertThat(all.path("countsByCategory").path("EMO").asInt()).isZero();
        assertThat(all.path("entries").findValuesAsText("childId")).containsExactlyElementsOf(children);
        assertThat(all.path("entries").findValuesAsText("leadWorker")).containsOnly("alice");
        assertThat(all.path("entries").findValuesAsText("team")).containsOnly(team);

        JsonNode neglect = register("alice", "?team=" + team + "&category=NEG");
        assertThat(neglect.path("entries").findValuesAsText("childId")).containsExactlyElementsOf(children.subList(0, 2));
        assertThat(neglect.path("total").asInt()).isEqualTo(2);

        List<String> paged = new ArrayList<>();
        String cursor = null;
        do {
            JsonNode page = register("alice", "?team=" + team + "&limit=2" + (cursor == null ? "" : "&cursor=" + cursor));
            assertThat(page.path("entries").size()).isLessThanOrEqualTo(2);
            paged.addAll(page.path("entries").findValuesAsText("childId"));
            cursor = page.path("nextCursor").isNull() ? null : page.path("nextCursor").asText();
        } while (cursor != null);
        assertThat(paged).containsExactlyElementsOf(children);
    }
}
