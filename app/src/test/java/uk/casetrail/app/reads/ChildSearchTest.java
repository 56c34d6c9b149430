package uk.casetrail.app.reads;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import uk.casetrail.app.support.Api;
import uk.casetrail.app.support.CasetrailIntegrationTest;
import uk.casetrail.app.support.Projections;
import uk.casetrail.query.rebuild.ProjectionRebuild;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Child search: a page of the children the reader may open, in name order, however many others match first. */
@CasetrailIntegrationTest
class ChildSearchTest {

    @LocalServerPort
    int port;

    @Autowired
    ProjectionRebuild projections;

    private static String register(Api api, String givenName, String familyName) {
        Api.Answer child = api.post("/api/children", "{\"givenName\":\"" + givenName + "\",\"familyName\":\"" + familyName
                + "\",\"dateOfBirth\":\"2016-04-04\",\"sex\":\"F\"}");
        assertThat(child.status()).as(child.toString()).isEqualTo(201);
        return child.text("childId");
    }

    @Test
    void a_search_finds_the_readers_child_behind_hundreds_of_matches_they_may_not_open_and_shows_at_most_fifty() {
        String name = "Q" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
        Api carol = Api.at(port).as("carol");
        for (int i = 0; i < 260; i++) {
            register(carol, "Child" + i, "Aa" + name);
        }
        String alices = register(Api.at(port).as("alice"), "Last", "Zz" + name);
        Projections.awaitCaughtUp(projections);

        JsonNode found = Api.at(port).as("alice").get("/api/children?name=" + name).json();
        assertThat(found.path("entries").findValuesAsText("childId")).containsExactly(alices);

        JsonNode carolsPage = Api.at(port).as("carol").get("/api/children?name=" + name).json();
        assertThat(carolsPage.path("entries")).hasSize(50);
        assertThat(carolsPage.path("entries").findValuesAsText("familyName")).allMatch(f -> f.equals("Aa" + name));
    }
}
