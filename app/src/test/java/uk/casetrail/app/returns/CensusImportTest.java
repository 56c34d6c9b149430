package uk.casetrail.app.returns;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import uk.casetrail.app.support.Api;
import uk.casetrail.app.support.CasetrailIntegrationTest;
import uk.casetrail.app.support.Projections;
import uk.casetrail.query.rebuild.ProjectionRebuild;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.casetrail.app.returns.CensusJourney.TODAY;
import static uk.casetrail.app.returns.CensusJourney.weekday;

/** Onboarding from a census file: all or nothing, hostile files refused, once per file, and a round trip. */
@CasetrailIntegrationTest
class CensusImportTest {

    private static final String IMPORTS = "/api/returns/cin-census/imports?team=North";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ProjectionRebuild projections;

    private long events() {
        return jdbc.sql("SELECT count(*) FROM domain_event_entry WHERE payload_type NOT LIKE '%RecordAccessed'")
                .query(Long.class).single();
    }

    private Api.Answer importing(String user, String file) {
        return Api.at(port).as(user).post(IMPORTS, file, "application/xml");
    }

    private static String message(String children) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Message>\n<Children>\n" + children + "\n</Children>\n</Message>\n";
    }

    private static String child(String laChildId, String referralSource) {
        return """
                <Child>
                  <ChildIdentifiers><LAchildID>%s</LAchildID><UPNunknown>UN3</UPNunknown>
                    <PersonBirthDate>2015-05-05</PersonBirthDate><Sex>F</Sex></ChildIdentifiers>
                  <ChildCharacteristics><Ethnicity>WBRI</Ethnicity><Disabilities><Disability>NONE</Disability></Disabilities></ChildCharacteristics>
                  <CINdetails><CINreferralDate>2025-06-02</CINreferralDate><ReferralSource>%s</ReferralSource>
                    <PrimaryNeedCode>N4</PrimaryNeedCode><ReferralNFA>false</ReferralNFA></CINdetails>
                </Child>""".formatted(laChildId, referralSource);
    }

    private static String fresh() {
        return "IMP" + UUID.randomUUID().toString().replace("-", "").substring(0, 12).toUpperCase();
    }

    @Test
    void a_file_that_breaks_a_code_set_is_refused_naming_line_and_element_and_records_nothing_even_for_its_good_children() {
        long before = events();
        Api.Answer answer = importing("root", message(child(fresh(), "2A") + "\n" + child(fresh(), "ZZ")));

        assertThat(answer.status()).as(answer.toString()).isEqualTo(400);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(answer.json().path("errors").path(0).path("field").asText())
                .isEqualTo("/Message/Children[1]/Child[2]/CINdetails[1]/ReferralSource[1]");
        assertThat(answer.json().path("line").asInt()).as("the line of the second child's ReferralSource").isEqualTo(15);
        assertThat(answer.json().path("detail").asText()).contains("'ZZ' is not a ReferralSource code");
        assertThat(events()).isEqualTo(before);
    }

    @Test
    void hostile_and_broken_files_are_refused_and_record_nothing() {
        long before = events();
        List<String> files = List.of(
                "<Message><Children><Child>",
                "<?xml version=\"1.0\"?>\n<!DOCTYPE Message [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>\n"
                        + "<Message><Children><Child><ChildIdentifiers><LAchildID>&xxe;</LAchildID></ChildIdentifiers></Child></Children></Message>",
                "<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [<!ENTITY lol \"lol\"><!ENTITY lol2 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">]>\n"
                        + "<Message><Children>&lol2;</Children></Message>",
                message("<Child><Surprise>1</Surprise></Child>"),
                message("<Child><ChildIdentifiers><UPNunknown>UN3</UPNunknown></ChildIdentifiers></Child>"),
                "<Return/>");
        for (String file : files) {
            Api.Answer answer = importing("root", file);
            assertThat(answer.status()).as(file + " -> " + answer).isEqualTo(400);
            assertThat(answer.contentType()).startsWith("application/problem+json");
            assertThat(answer.body()).doesNotContain("root:x:0").doesNotContain("lollollol").doesNotContain("Exception");
        }
        assertThat(events()).isEqualTo(before);
    }

    @Test
    void only_an_administrator_imports() {
        for (String user : List.of("alice", "bob", "dora", "aude")) {
            assertThat(importing(user, message(child(fresh(), "2A"))).status()).as(user).isEqualTo(403);
        }
    }

    @Test
    void our_own_export_imported_gives_the_same_episodes_and_dates_once_with_provenance() throws Exception {
        LocalDate conference = weekday(TODAY.minusDays(30));
        CensusJourney journey = new CensusJourney(Api.at(port).as("alice"), """
                {"givenName":"Round","familyName":"Trip","dateOfBirth":"2014-08-09","sex":"M","ethnicity":"MWBC",
                 "upnUnknownReason":"UN4","disabilities":["AUT","COMM"]}""")
                .referred(conference.minusDays(40), "N1")
                .assessed(conference.minusDays(39), conference.minusDays(20), "[\"4B\",\"18B\"]")
                .toPlan(conference.minusDays(8), conference, "PHY");
        String laChildId = journey.laChildId();
        String exported = childElement(Api.at(port).as("dora").get("/api/returns/cin-census?referenceDate=" + TODAY).body(), laChildId);
        String copy = fresh();
        String file = message(exported.replace(laChildId, copy));

        long before = events();
        Api.Answer first = importing("root", file);
        assertThat(first.status()).as(first.toString()).isEqualTo(201);
        assertThat(first.json().path("children").asInt()).isEqualTo(1);
        assertThat(first.json().path("episodes").asInt()).isEqualTo(1);
        long recorded = events() - before;
        assertThat(first.json().path("events").asLong()).isEqualTo(recorded);
        Api.Answer again = importing("root", file);
        assertThat(again.status()).isEqualTo(201);
        assertThat(again.body()).isEqualTo(first.body());
        assertThat(events() - before).as("the same file is recorded once").isEqualTo(recorded);

        String provenance = jdbc.sql("""
                        SELECT convert_from(meta_data, 'UTF8') FROM domain_event_entry
                        WHERE payload_type LIKE '%ChildRegistered' AND convert_from(payload, 'UTF8') LIKE ?""")
                .param("%" + copy + "%").query(String.class).single();
        assertThat(provenance).contains("importSha256").contains("\"importElement\":\"/Message/Children[1]/Child[1]\"");

        Projections.awaitCaughtUp(projections);
        String reexported = childElement(Api.at(port).as("dora").get("/api/returns/cin-census?referenceDate=" + TODAY).body(), copy);
        assertThat(reexported.replace(copy, laChildId)).isEqualTo(exported);
    }

    private static String childElement(String xml, String laChildId) {
        Matcher child = Pattern.compile("(?s)<Child>(?:(?!</Child>).)*<LAchildID>" + laChildId + "</LAchildID>.*?</Child>").matcher(xml);
        assertThat(child.find()).as("child " + laChildId + " in the file").isTrue();
        return child.group();
    }
}
