package uk.casetrail.app.returns;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import uk.casetrail.app.support.Api;
import uk.casetrail.app.support.CasetrailIntegrationTest;
import uk.casetrail.events.calendar.WorkingDayCalendar;

import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.casetrail.app.returns.CensusJourney.TODAY;
import static uk.casetrail.app.returns.CensusJourney.weekday;

/** The CIN census file from the event log: its content, as recorded at an instant, reproducible, audited, refused. */
@CasetrailIntegrationTest
class CinCensusExportTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    WorkingDayCalendar calendar;

    private final ObjectMapper json = new ObjectMapper();

    private String census(String user, String query) {
        Api.Answer answer = Api.at(port).as(user).get("/api/returns/cin-census?" + query);
        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        assertThat(answer.contentType()).startsWith("application/xml");
        assertThat(answer.header("Content-Disposition")).contains("attachment").contains("filename=\"CIN_999_");
        return answer.body();
    }

    private static Element childIn(String xml, String laChildId) throws Exception {
        Document document = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
        return (Element) XPathFactory.newInstance().newXPath()
                .evaluate("/Message/Children/Child[ChildIdentifiers/LAchildID='" + laChildId + "']", document, XPathConstants.NODE);
    }

    private static String text(Element element, String path) throws Exception {
        return XPathFactory.newInstance().newXPath().evaluate(path, element);
    }

    private static int count(Element element, String path) throws Exception {
        return ((NodeList) XPathFactory.newInstance().newXPath().evaluate(path, element, XPathConstants.NODESET)).getLength();
    }

    @Test
    void the_file_holds_the_child_and_the_episode_with_every_group_and_date_as_recorded() throws Exception {
        LocalDate conference = weekday(TODAY.minusDays(20));
        LocalDate discussion = conference.minusDays(7);
        LocalDate referral = conference.minusDays(40);
        CensusJourney journey = new CensusJourney(Api.at(port).as("alice"), """
                {"givenName":"Cen","familyName":"Sus","dateOfBirth":"2018-02-03","sex":"M","ethnicity":"WBRI",
                 "upnUnknownReason":"UN5","disabilities":["HEAR","VIS"]}""")
                .referred(referral, "N1")
                .assessed(referral.plusDays(1), referral.plusDays(20), "[\"3B\",\"16A\"]")
                .toPlan(discussion, conference, "NEG");

        String xml = census("dora", "referenceDate=" + TODAY);

        assertThat(xml).contains("<Collection>CIN</Collection>").contains("<ReferenceDate>" + TODAY + "</ReferenceDate>")
                .contains("<SourceLevel>L</SourceLevel>").contains("<LEA>999</LEA>").contains("<SoftwareCode>Casetrail</SoftwareCode>");
        Element child = childIn(xml, journey.laChildId());
        assertThat(child).as("the child is in the file").isNotNull();
        assertThat(text(child, "ChildIdentifiers/UPNunknown")).isEqualTo("UN5");
        assertThat(text(child, "ChildIdentifiers/PersonBirthDate")).isEqualTo("2018-02-03");
        assertThat(text(child, "ChildIdentifiers/Sex")).isEqualTo("M");
        assertThat(text(child, "ChildCharacteristics/Ethnicity")).isEqualTo("WBRI");
        assertThat(text(child, "concat(ChildCharacteristics/Disabilities/Disability[1], ',', ChildCharacteristics/Disabilities/Disability[2])"))
                .isEqualTo("HEAR,VIS");
        assertThat(text(child, "CINdetails/CINreferralDate")).isEqualTo(referral.toString());
        assertThat(text(child, "CINdetails/ReferralSource")).isEqualTo("2A");
        assertThat(text(child, "CINdetails/PrimaryNeedCode")).isEqualTo("N1");
        assertThat(text(child, "CINdetails/ReferralNFA")).isEqualTo("false");
        assertThat(count(child, "CINdetails/CINclosureDate")).isZero();
        assertThat(text(child, "CINdetails/Assessments/AssessmentActualStartDate")).isEqualTo(referral.plusDays(1).toString());
        assertThat(text(child, "CINdetails/Assessments/AssessmentAuthorisationDate")).isEqualTo(referral.plusDays(20).toString());
        assertThat(count(child, "CINdetails/Assessments/FactorsIdentifiedAtAssessment/AssessmentFactors")).isEqualTo(2);
        assertThat(text(child, "CINdetails/Section47/S47ActualStartDate")).isEqualTo(discussion.toString());
        assertThat(text(child, "CINdetails/Section47/InitialCPCtarget"))
                .as("15 working days after the strategy discussion, bank holidays skipped")
                .isEqualTo(calendar.addWorkingDays(discussion, 15).toString());
        assertThat(text(child, "CINdetails/Section47/DateOfInitialCPC")).isEqualTo(conference.toString());
        assertThat(text(child, "CINdetails/ChildProtectionPlans/CPPstartDate")).isEqualTo(conference.toString());
        assertThat(text(child, "CINdetails/ChildProtectionPlans/InitialCategoryOfAbuse")).isEqualTo("NEG");
        assertThat(text(child, "CINdetails/ChildProtectionPlans/LatestCategoryOfAbuse")).isEqualTo("NEG");
        assertThat(text(child, "CINdetails/ChildProtectionPlans/NumberOfPreviousCPP")).isEqualTo("0");
    }

    @Test
    void as_recorded_at_an_instant_the_file_is_what_had_been_recorded_then_and_is_the_same_bytes_every_time() throws Exception {
        LocalDate referral = weekday(TODAY.minusDays(30));
        CensusJourney journey = new CensusJourney(Api.at(port).as("alice"), """
                {"givenName":"Then","familyName":"Now","dateOfBirth":"2019-06-07","sex":"F","ethnicity":"WIRI",
                 "upnUnknownReason":"UN3","disabilities":["NONE"]}""").referred(referral, "N4");
        Instant before = Instant.now();
        Thread.sleep(5); // so that nothing below is recorded in the same instant
        journey.assessed(referral.plusDays(1), referral.plusDays(5), "[\"21\"]");
        Api.Answer corrected = Api.at(port).as("alice").post("/api/children/" + journey.childId + "/corrections",
                "{\"field\":\"ethnicity\",\"value\":\"WBRI\",\"reason\":\"Mother's account corrected\"}");
        assertThat(corrected.status()).as(corrected.toString()).isEqualTo(200);

        String then = census("dora", "referenceDate=" + TODAY + "&asRecordedAt=" + before);
        String again = census("dora", "referenceDate=" + TODAY + "&asRecordedAt=" + before);
        String now = census("dora", "referenceDate=" + TODAY);

        Element thenChild = childIn(then, journey.laChildId());
        assertThat(count(thenChild, "CINdetails/Assessments")).as("not yet recorded then").isZero();
        assertThat(text(thenChild, "ChildCharacteristics/Ethnicity")).isEqualTo("WIRI");
        Element nowChild = childIn(now, journey.laChildId());
        assertThat(count(nowChild, "CINdetails/Assessments")).isEqualTo(1);
        assertThat(text(nowChild, "CINdetails/Assessments/FactorsIdentifiedAtAssessment/AssessmentFactors")).isEqualTo("21");
        assertThat(text(nowChild, "ChildCharacteristics/Ethnicity")).as("the correction shows as a difference").isEqualTo("WBRI");
        assertThat(withoutDateTime(again)).isEqualTo(withoutDateTime(then));
    }

    @Test
    void an_unborn_child_is_returned_with_the_expected_date_and_sex_u_and_assessed_without_being_seen() throws Exception {
        LocalDate referral = weekday(TODAY.minusDays(30));
        CensusJourney journey = new CensusJourney(Api.at(port).as("alice"), "{\"givenName\":\"Baby\",\"familyName\":\"Expected\","
                + "\"expectedDateOfBirth\":\"" + TODAY.plusDays(60) + "\",\"sex\":\"U\",\"ethnicity\":\"NOBT\","
                + "\"upnUnknownReason\":\"UN1\",\"disabilities\":[\"NONE\"]}").referred(referral, "N3");
        String assessment = journey.api.post("/api/cases/" + journey.caseId + "/assessments",
                "{\"startedOn\":\"" + referral.plusDays(1) + "\"}").text("id");
        Api.Answer completed = journey.api.post("/api/cases/" + journey.caseId + "/assessments/" + assessment + "/completion",
                "{\"completedOn\":\"" + referral.plusDays(10) + "\",\"factors\":[\"4B\"],\"outcome\":\"CHILD_IN_NEED\"}");
        assertThat(completed.status()).as("the mother is seen, not the unborn child: " + completed).isEqualTo(200);

        Element child = childIn(census("dora", "referenceDate=" + TODAY), journey.laChildId());
        assertThat(text(child, "ChildIdentifiers/ExpectedPersonBirthDate")).isEqualTo(TODAY.plusDays(60).toString());
        assertThat(count(child, "ChildIdentifiers/PersonBirthDate")).isZero();
        assertThat(text(child, "ChildIdentifiers/Sex")).isEqualTo("U");
        assertThat(text(child, "CINdetails/Assessments/AssessmentAuthorisationDate")).isEqualTo(referral.plusDays(10).toString());
    }

    @Test
    void a_child_expected_before_the_assessment_completes_is_taken_as_born_and_must_be_seen() {
        LocalDate referral = weekday(TODAY.minusDays(30));
        CensusJourney journey = new CensusJourney(Api.at(port).as("alice"), "{\"givenName\":\"Baby\",\"familyName\":\"Overdue\","
                + "\"expectedDateOfBirth\":\"" + referral.plusDays(5) + "\",\"sex\":\"U\"}").referred(referral, "N3");
        String assessment = journey.api.post("/api/cases/" + journey.caseId + "/assessments",
                "{\"startedOn\":\"" + referral.plusDays(1) + "\"}").text("id");
        String completion = "/api/cases/" + journey.caseId + "/assessments/" + assessment + "/completion";

        Api.Answer unseen = journey.api.post(completion,
                "{\"completedOn\":\"" + referral.plusDays(10) + "\",\"factors\":[\"4B\"],\"outcome\":\"CHILD_IN_NEED\"}");
        assertThat(unseen.status()).as(unseen.toString()).isEqualTo(409);
        assertThat(unseen.text("rule")).isEqualTo("CHILD_NOT_SEEN");
        Api.Answer beforeTheDueDate = journey.api.post(completion,
                "{\"completedOn\":\"" + referral.plusDays(4) + "\",\"factors\":[\"4B\"],\"outcome\":\"CHILD_IN_NEED\"}");
        assertThat(beforeTheDueDate.status()).as("still unborn then: " + beforeTheDueDate).isEqualTo(200);
    }

    private static String withoutDateTime(String xml) {
        return xml.replaceAll("<DateTime>[^<]*</DateTime>", "<DateTime/>");
    }

    @Test
    void every_child_in_the_file_is_audited_as_an_export_for_the_statutory_return() throws Exception {
        CensusJourney journey = new CensusJourney(Api.at(port).as("alice"), """
                {"givenName":"Aud","familyName":"Export","dateOfBirth":"2015-01-01","sex":"F","ethnicity":"WBRI",
                 "upnUnknownReason":"UN3","disabilities":["NONE"]}""").referred(weekday(TODAY.minusDays(10)), "N5");
        long before = jdbc.sql("SELECT max(global_index) FROM domain_event_entry").query(Long.class).single();

        census("dora", "referenceDate=" + TODAY);

        List<JsonNode> exports = accessEventsAfter(before);
        assertThat(exports).isNotEmpty().allSatisfy(e -> {
            assertThat(e.path("actor").asText()).isEqualTo("dora");
            assertThat(e.path("action").asText()).isEqualTo("EXPORT");
            assertThat(e.path("purpose").asText()).isEqualTo("STATUTORY_RETURN");
            assertThat(e.path("outcome").asText()).isEqualTo("PERMITTED");
        });
        assertThat(exports.stream().flatMap(e -> java.util.stream.StreamSupport.stream(e.path("children").spliterator(), false))
                .filter(c -> c.path("childId").asText().equals(journey.childId)))
                .singleElement().satisfies(c -> assertThat(c.path("basis").asText()).isEqualTo("STATUTORY_RETURN"));
    }

    @Test
    void practitioners_partners_and_inspectors_are_refused_and_the_attempt_is_audited() {
        for (String user : List.of("alice", "hana", "ivy")) {
            long before = jdbc.sql("SELECT max(global_index) FROM domain_event_entry").query(Long.class).single();
            Api.Answer answer = Api.at(port).as(user).get("/api/returns/cin-census?referenceDate=" + TODAY);
            assertThat(answer.status()).as(user + " " + answer).isEqualTo(403);
            assertThat(answer.contentType()).startsWith("application/problem+json");
            assertThat(accessEventsAfter(before)).singleElement().satisfies(e -> {
                assertThat(e.path("actor").asText()).isEqualTo(user);
                assertThat(e.path("action").asText()).isEqualTo("EXPORT");
                assertThat(e.path("outcome").asText()).isEqualTo("DENIED");
            });
        }
    }

    @Test
    void a_malformed_date_or_a_future_instant_is_a_problem_naming_the_parameter() {
        Api dora = Api.at(port).as("dora");
        for (String query : List.of("referenceDate=31-03-2026", "", "referenceDate=" + TODAY + "&asRecordedAt=2999-01-01T00:00:00Z")) {
            Api.Answer answer = dora.get("/api/returns/cin-census?" + query);
            assertThat(answer.status()).as(query + " " + answer).isEqualTo(400);
            assertThat(answer.contentType()).startsWith("application/problem+json");
        }
        // A parameter left out is named like one given wrong, in the errors a form can show beside it.
        for (String query : List.of("referenceDate=31-03-2026", "")) {
            Api.Answer answer = dora.get("/api/returns/cin-census?" + query);
            assertThat(answer.json().path("errors").findValuesAsText("field")).as(query + " " + answer).containsExactly("referenceDate");
        }
    }

    private List<JsonNode> accessEventsAfter(long position) {
        return jdbc.sql("""
                        SELECT convert_from(payload, 'UTF8') FROM domain_event_entry
                        WHERE payload_type LIKE '%RecordAccessed' AND global_index > ? ORDER BY global_index""")
                .param(position).query(String.class).list().stream().map(this::parse).toList();
    }

    private JsonNode parse(String payload) {
        try {
            return json.readTree(payload);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
