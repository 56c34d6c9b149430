package uk.casetrail.app.writes;

import uk.casetrail.app.support.Api;

import java.time.LocalDate;
import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;

/** Synthetic children and cases made through the API, for tests that need one to write on. */
final class WriteFixture {

    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/London"));

    private WriteFixture() {
    }

    static String registeredChild(Api api) {
        Api.Answer child = api.post("/api/children", """
                {"givenName":"Sam","familyName":"Synthetic","dateOfBirth":"2018-02-03","sex":"M"}""");
        assertThat(child.status()).as(child.toString()).isEqualTo(201);
        return child.text("childId");
    }

    /** A referred case (contact and decision recorded), at version 1. */
    static String referredCase(Api api) {
        String childId = registeredChild(api);
        String contactAt = TODAY.minusDays(30).atTime(10, 0).atZone(ZoneId.of("Europe/London")).toInstant().toString();
        Api.Answer contact = api.post("/api/cases", "{\"childId\":\"" + childId + "\",\"contactReceivedAt\":\"" + contactAt
                + "\",\"referralSource\":\"6\"}");
        assertThat(contact.status()).as(contact.toString()).isEqualTo(201);
        String caseId = contact.text("caseId");
        Api.Answer decision = api.post("/api/cases/" + caseId + "/referral-decision",
                "{\"decision\":\"REFERRAL\",\"decidedAt\":\"" + contactAt + "\",\"primaryNeed\":\"N4\"}");
        assertThat(decision.status()).as(decision.toString()).isEqualTo(200);
        return caseId;
    }

    static String note(String summary) {
        return "{\"kind\":\"CONTACT\",\"occurredOn\":\"" + TODAY + "\",\"summary\":\"" + summary + "\"}";
    }
}
