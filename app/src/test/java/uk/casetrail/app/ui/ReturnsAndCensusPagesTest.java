package uk.casetrail.app.ui;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import uk.casetrail.app.support.CasetrailIntegrationTest;
import uk.casetrail.app.support.EventTable;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The census in the pages over plain HTTP: the data officers' Returns page (counts, issues by rule with
 * links to the children, the file), refused to others and audited; a practitioner's census issues with
 * their fixes; and the enquiries and notes the case page lists with their forms.
 */
@CasetrailIntegrationTest
class ReturnsAndCensusPagesTest {

    // Dates relative to today, so that the work falls in the census year ending today whenever the test runs.
    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/London"));
    private static final LocalDate CONTACT_ON = TODAY.minusDays(20);

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    private JsonNode lastAccessEvent() {
        return new EventTable(jdbc).lastAccessEvent();
    }

    /** A child registered without a sex (census rule 4180), referred without a primary need (8610); its case id. */
    private String[] referredChild(Pages alice, String familyName) {
        Pages.Page registered = alice.submit("/children/new", List.of(entry("givenName", "Census"),
                entry("familyName", familyName), entry("dateOfBirth", "2016-02-02")));
        String childId = registered.location().replaceAll(".*/children/([0-9a-f-]{36}).*", "$1");
        String caseId = alice.submit("/children/" + childId + "/record/contact",
                        List.of(entry("contactReceivedAt", CONTACT_ON + "T09:15"), entry("referralSource", "3A")))
                .location().replaceAll(".*/cases/([0-9a-f-]{36}).*", "$1");
        Pages.Page decided = alice.submit("/cases/" + caseId + "/record/decision",
                List.of(entry("decision", "REFERRAL"), entry("decidedAt", CONTACT_ON + "T10:00")));
        assertThat(decided.status()).isEqualTo(302);
        // The page after the post waits for the case view to show the decision.
        assertThat(alice.get(decided.location()).status()).isEqualTo(200);
        return new String[] {childId, caseId};
    }


    @Test
    void dora_starts_on_the_returns_page_sees_the_counts_and_an_issue_linking_to_the_child_and_gets_the_file() {
        String childId = referredChild(new Pages(port).signIn("alice"), "Returned")[0];
        Pages dora = new Pages(port).signIn("dora");
        assertThat(dora.get("/").location()).endsWith("/returns");

        Pages.Page returns = dora.get("/returns");
        assertThat(returns.status()).isEqualTo(200);
        // The check loads into the page after it renders, which meanwhile says how many children it reads.
        assertThat(returns.body()).contains("hx-get=\"/returns/check?referenceDate=").contains("id=\"census-scope\"")
                .contains("href=\"/returns/cin-census.xml?referenceDate=");

        Pages.Page check = dora.get("/returns/check?referenceDate=" + TODAY);
        assertThat(check.status()).isEqualTo(200);
        int children = Integer.parseInt(check.body().replaceAll("(?s).*id=\"count-children\">(\\d+)<.*", "$1"));
        assertThat(children).isPositive();
        assertThat(check.body()).contains("id=\"count-episodes\"").contains("id=\"count-assessments\"")
                .contains("id=\"rule-4180\"").contains("id=\"rule-8610\"");
        assertThat(check.body()).as("the case's address to send to its holders, not a link the data officer is refused")
                .contains("<code>/cases/").doesNotContain("href=\"/children/" + childId + "\"");
        assertThat(returns.body()).as("no page in the menu that opens nothing to a data officer")
                .doesNotContain("href=\"/children\"").doesNotContain("href=\"/register\"");
        JsonNode audit = lastAccessEvent();
        assertThat(audit.path("actor").asText()).isEqualTo("dora");
        assertThat(audit.path("children").findValuesAsText("childId")).contains(childId);

        Pages.Page file = dora.get("/returns/cin-census.xml?referenceDate=" + TODAY);
        assertThat(file.status()).isEqualTo(200);
        assertThat(file.body()).startsWith("<?xml").contains("<Collection>CIN</Collection>");
        assertThat(lastAccessEvent().path("action").asText()).isEqualTo("EXPORT");
    }

    @Test
    void a_bad_reference_date_is_explained_on_the_page_not_a_failure() {
        Pages.Page check = new Pages(port).signIn("dora").get("/returns/check?referenceDate=31-03-2026");
        assertThat(check.status()).isEqualTo(200);
        assertThat(check.body()).contains("id=\"census-date-error\"").doesNotContain("id=\"census-counts\"")
                .doesNotContain("Exception");
    }

    @Test
    void a_social_worker_is_refused_the_returns_pages_and_the_refusal_is_audited() {
        Pages alice = new Pages(port).signIn("alice");
        Pages.Page refused = alice.get("/returns");
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.body()).doesNotContain("census-scope");
        JsonNode audit = lastAccessEvent();
        assertThat(audit.path("actor").asText()).isEqualTo("alice");
        assertThat(audit.path("outcome").asText()).isEqualTo("DENIED");
        assertThat(alice.get("/returns/check?referenceDate=" + TODAY).status()).isEqualTo(403);
        assertThat(alice.get("/returns/cin-census.xml?referenceDate=" + TODAY).status()).isEqualTo(403);
        assertThat(lastAccessEvent().path("outcome").asText()).isEqualTo("DENIED");
    }

    @Test
    void a_practitioner_sees_the_childs_census_issues_with_the_fix_one_click_away_and_the_fix_clears_it() {
        Pages alice = new Pages(port).signIn("alice");
        String[] ids = referredChild(alice, "Unsexed");
        String childId = ids[0];
        String caseId = ids[1];
        String fix = "/children/" + childId + "/record/correction?field=sex";

        String casePage = alice.get("/cases/" + caseId).body();
        assertThat(casePage).contains("id=\"census-issues\"").contains("4180").contains("href=\"" + fix + "\"")
                .contains("href=\"/cases/" + caseId + "/record/primary-need\"").contains("Record the primary need");
        assertThat(alice.get("/children/" + childId).body()).contains("id=\"census-issues\"").contains("href=\"" + fix + "\"");

        Pages.Page form = alice.get(fix);
        assertThat(form.status()).isEqualTo(200);
        assertThat(form.body()).contains("value=\"sex\" selected=\"selected\"");
        assertThat(alice.submit(fix, List.of(entry("field", "sex"), entry("value", "F"), entry("reason", "census rule 4180")))
                .status()).isEqualTo(302);
        assertThat(alice.get("/cases/" + caseId).body()).doesNotContain("href=\"" + fix + "\"").contains("8610");
        // The referral's primary need, left out at the decision, is recorded from its own form.
        Pages.Page need = alice.submit("/cases/" + caseId + "/record/primary-need",
                List.of(entry("primaryNeed", "N4"), entry("reason", "census rule 8610")));
        assertThat(need.status()).isEqualTo(302);
        assertThat(alice.get(need.location()).body()).doesNotContain("8610");
    }

    @Test
    void the_caseload_shows_each_cases_census_issues_with_the_fix_one_click_away() {
        Pages alice = new Pages(port).signIn("alice");
        String[] ids = referredChild(alice, "Caseloaded");
        Pages.Page allocated = alice.submit("/cases/" + ids[1] + "/record/allocation", List.of(entry("worker", "carol"),
                entry("team", "South")));
        assertThat(allocated.status()).isEqualTo(302);
        Pages carol = new Pages(port).signIn("carol");
        // The page after the post waits for the case view to show the allocation (alice's team no longer holds it).
        assertThat(carol.get(allocated.location()).status()).isEqualTo(200);

        String caseload = carol.get("/caseload").body();
        // The caseload shows at once; its census issues load into it.
        assertThat(caseload).contains("/cases/" + ids[1]).contains("hx-get=\"/caseload/census-issues\"");

        String issues = carol.get("/caseload/census-issues").body();
        assertThat(issues).contains("data-case=\"" + ids[1] + "\"")
                .contains("href=\"/children/" + ids[0] + "/record/correction?field=sex\"").contains("4180")
                .contains("href=\"/cases/" + ids[1] + "/record/primary-need\"").contains("8610");
        assertThat(lastAccessEvent().path("resource").asText()).isEqualTo("census-issues");
        // An inspector's caseload asks nothing of the census.
        assertThat(new Pages(port).signIn("ivy").get("/caseload").body()).doesNotContain("caseload/census-issues");
    }

    @Test
    void the_case_page_lists_open_enquiries_and_latest_notes_with_their_forms_which_work() {
        Pages alice = new Pages(port).signIn("alice");
        String caseId = referredChild(alice, "Enquired")[1];
        String onCase = "/cases/" + caseId;
        alice.submit(onCase + "/record/strategy-discussion", List.of(entry("heldOn", CONTACT_ON.plusDays(1).toString()),
                entry("decision", "SECTION_47")));
        Pages.Page started = alice.submit(onCase + "/record/enquiry", List.of(entry("startedOn", CONTACT_ON.plusDays(2).toString())));
        String enquiryId = started.location().replaceAll(".*[?&]id=([0-9a-f-]{36}).*", "$1");
        String conclude = onCase + "/record/enquiry-conclusion?enquiryId=" + enquiryId;
        assertThat(alice.get(started.location()).body()).contains("id=\"open-enquiries\"").contains("href=\"" + conclude + "\"");

        Pages.Page noted = alice.submit(onCase + "/record/note", List.of(entry("kind", "CONTACT"),
                entry("occurredOn", CONTACT_ON.plusDays(3).toString()), entry("summary", "Telephoned the school nurse.")));
        String noteId = noted.location().replaceAll(".*[?&]id=([0-9a-f-]{36}).*", "$1");
        String correct = onCase + "/record/note-correction?noteId=" + noteId;
        String page = alice.get(noted.location()).body();
        assertThat(page).contains("href=\"" + conclude + "\"").contains("Telephoned the school nurse.")
                .contains("href=\"" + correct + "\"");

        Pages.Page concluded = alice.submit(conclude, List.of(entry("concludedOn", CONTACT_ON.plusDays(10).toString()),
                entry("icpcRequired", "false")));
        assertThat(concluded.status()).isEqualTo(302);
        assertThat(alice.get(concluded.location()).body()).doesNotContain("id=\"open-enquiries\"");
        Pages.Page corrected = alice.submit(correct, List.of(entry("summary", "Telephoned the school nurse and the GP."),
                entry("reason", "the GP was called too")));
        assertThat(corrected.status()).isEqualTo(302);
        assertThat(alice.get(corrected.location()).body()).contains("Telephoned the school nurse and the GP.")
                .contains("Corrected");
    }
}
