package uk.casetrail.app.returns;

import com.fasterxml.jackson.databind.JsonNode;
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
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.casetrail.app.returns.CensusJourney.TODAY;
import static uk.casetrail.app.returns.CensusJourney.weekday;

/** The return checked against the DfE's rules all year: each issue names child, episode, rule, severity and field. */
@CasetrailIntegrationTest
class CensusIssuesTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ProjectionRebuild projections;

    private List<JsonNode> issuesOf(JsonNode check, String childId) {
        return StreamSupport.stream(check.path("issues").spliterator(), false)
                .filter(i -> i.path("childId").asText().equals(childId)).toList();
    }

    @Test
    void a_referral_without_primary_need_and_a_long_open_assessment_are_issues_and_a_clean_child_has_none() {
        CensusJourney untidy = new CensusJourney(Api.at(port).as("alice"), """
                {"givenName":"Un","familyName":"Tidy","dateOfBirth":"2017-03-03","sex":"F","ethnicity":"WBRI",
                 "upnUnknownReason":"UN3","disabilities":["NONE"]}""").referred(weekday(TODAY.minusDays(100)), null);
        untidy.step("/assessments", "{\"startedOn\":\"" + weekday(TODAY.minusDays(99)) + "\"}");
        CensusJourney tidy = new CensusJourney(Api.at(port).as("alice"), """
                {"givenName":"Ti","familyName":"Dy","dateOfBirth":"2017-03-03","sex":"M","ethnicity":"WBRI",
                 "upnUnknownReason":"UN3","disabilities":["NONE"]}""").referred(weekday(TODAY.minusDays(10)), "N2");

        Api.Answer answer = Api.at(port).as("dora").get("/api/returns/cin-census/issues?referenceDate=" + TODAY);

        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        JsonNode check = answer.json();
        assertThat(check.path("referenceDate").asText()).isEqualTo(TODAY.toString());
        assertThat(check.path("childrenChecked").asInt()).isGreaterThanOrEqualTo(2);
        List<JsonNode> issues = issuesOf(check, untidy.childId);
        assertThat(issues).anySatisfy(i -> {
            assertThat(i.path("rule").asText()).isEqualTo("8610");
            assertThat(i.path("severity").asText()).isEqualTo("ERROR");
            assertThat(i.path("field").asText()).isEqualTo("primaryNeed");
            assertThat(i.path("caseId").asText()).isEqualTo(untidy.caseId);
            assertThat(i.path("laChildId").asText()).isEqualTo(untidy.laChildId());
            assertThat(i.path("message").asText()).contains("Primary Need");
        });
        assertThat(issues).anySatisfy(i -> {
            assertThat(i.path("rule").asText()).isEqualTo("8670Q");
            assertThat(i.path("severity").asText()).isEqualTo("QUERY");
        });
        assertThat(issuesOf(check, tidy.childId)).isEmpty();
        assertThat(check.path("counts").path("episodes").asInt()).isGreaterThanOrEqualTo(2);
        assertThat(check.path("counts").path("assessments").asInt()).isGreaterThanOrEqualTo(1);

        // A child's own issues find the child's cases through the case view, which may not hold them yet.
        Projections.awaitCaughtUp(projections);
        Api.Answer practitioner = Api.at(port).as("alice").get("/api/children/" + untidy.childId + "/census-issues");
        assertThat(practitioner.status()).as(practitioner.toString()).isEqualTo(200);
        assertThat(StreamSupport.stream(practitioner.json().path("issues").spliterator(), false))
                .anySatisfy(i -> {
                    assertThat(i.path("rule").asText()).isEqualTo("8610");
                    assertThat(i.path("caseId").asText()).isEqualTo(untidy.caseId);
                    assertThat(i.path("field").asText()).isEqualTo("primaryNeed");
                });
        assertThat(Api.at(port).as("alice").get("/api/children/" + tidy.childId + "/census-issues").json().path("issues")).isEmpty();
        for (String stranger : List.of("carol", "hana")) {
            assertThat(Api.at(port).as(stranger).get("/api/children/" + untidy.childId + "/census-issues").status())
                    .as(stranger + " has no relationship to the child").isEqualTo(403);
        }

        // The worker records the need left out at the decision, and the error goes from the return.
        Api.Answer recorded = Api.at(port).as("alice").post("/api/cases/" + untidy.caseId + "/primary-need",
                "{\"primaryNeed\":\"N4\",\"reason\":\"Left out at the decision\"}");
        assertThat(recorded.status()).as(recorded.toString()).isEqualTo(200);
        assertThat(issuesOf(Api.at(port).as("dora").get("/api/returns/cin-census/issues?referenceDate=" + TODAY).json(), untidy.childId))
                .noneSatisfy(i -> assertThat(i.path("rule").asText()).isEqualTo("8610"));
        assertThat(Api.at(port).as("alice").get("/api/cases/" + untidy.caseId + "?minVersion=" + recorded.version()).json()
                .path("primaryNeed").asText()).isEqualTo("N4");
    }

    @Test
    void a_caseload_gets_its_childrens_issues_in_one_audited_listing_without_the_children_the_reader_may_not_open() {
        CensusJourney untidy = new CensusJourney(Api.at(port).as("alice"), """
                {"givenName":"Case","familyName":"Loaded","dateOfBirth":"2017-03-03","sex":"F","ethnicity":"WBRI",
                 "upnUnknownReason":"UN3","disabilities":["NONE"]}""").referred(weekday(TODAY.minusDays(20)), null);
        CensusJourney southern = new CensusJourney(Api.at(port).as("carol"), """
                {"givenName":"Far","familyName":"South","dateOfBirth":"2017-03-03","ethnicity":"WBRI",
                 "upnUnknownReason":"UN3","disabilities":["NONE"]}""").referred(weekday(TODAY.minusDays(20)), null);
        // A caseload lists what the case view shows; alice's relationship to her child comes from it too.
        Projections.awaitCaughtUp(projections);

        Api.Answer answer = Api.at(port).as("alice").get("/api/census-issues?children=" + untidy.childId + ","
                + southern.childId);

        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        assertThat(answer.json().path("entries")).singleElement()
                .satisfies(entry -> assertThat(entry.path("childId").asText()).isEqualTo(untidy.childId));
        assertThat(answer.json().path("entries").get(0).path("issues").findValuesAsText("rule")).contains("8610");
        JsonNode audit = new EventTable(jdbc).lastAccessEvent();
        assertThat(audit.path("actor").asText()).isEqualTo("alice");
        assertThat(audit.path("resource").asText()).isEqualTo("census-issues");
        assertThat(audit.path("children").findValuesAsText("childId")).containsExactly(untidy.childId);
        assertThat(Api.at(port).as("carol").get("/api/census-issues?children=" + southern.childId).json()
                .path("entries").get(0).path("issues").findValuesAsText("rule")).contains("8610", "4180");

        String tooMany = Stream.generate(() -> UUID.randomUUID().toString()).limit(101).collect(Collectors.joining(","));
        for (String children : List.of(tooMany, "not-an-id", "")) {
            Api.Answer refused = Api.at(port).as("alice").get("/api/census-issues?children=" + children);
            assertThat(refused.status()).as(children).isEqualTo(400);
            assertThat(refused.contentType()).startsWith("application/problem+json");
        }
    }

    @Test
    void only_data_officers_see_the_issues() {
        for (String user : List.of("alice", "ivy", "hana", "aude")) {
            Api.Answer answer = Api.at(port).as(user).get("/api/returns/cin-census/issues?referenceDate=" + TODAY);
            assertThat(answer.status()).as(user + " " + answer).isEqualTo(403);
            assertThat(answer.contentType()).startsWith("application/problem+json");
        }
        assertThat(Api.at(port).as("dora").get("/api/returns/cin-census/issues?referenceDate=yesterday").status()).isEqualTo(400);
    }
}
