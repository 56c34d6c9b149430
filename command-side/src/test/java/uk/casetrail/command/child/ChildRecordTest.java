package uk.casetrail.command.child;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.hamcrest.FeatureMatcher;
import org.hamcrest.Matcher;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.casetrail.command.journey.InvalidEntry;
import uk.casetrail.command.journey.Today;
import uk.casetrail.events.child.ChildDetail;
import uk.casetrail.events.child.ChildDetailsCorrected;
import uk.casetrail.events.child.ChildRegistered;
import uk.casetrail.events.codes.Disability;
import uk.casetrail.events.codes.Ethnicity;
import uk.casetrail.events.codes.Sex;
import uk.casetrail.events.codes.UpnUnknownReason;
import uk.casetrail.events.ids.ChildId;
import uk.casetrail.events.identity.LaChildId;
import uk.casetrail.events.identity.NhsNumber;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

class ChildRecordTest {

    private static final ChildId CHILD = ChildId.random();
    private static final LaChildId LA_ID = LaChildId.of("CT0000000001");
    private static final LocalDate BORN = LocalDate.of(2019, 5, 14);

    private AggregateTestFixture<ChildRecord> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(ChildRecord.class);
        fixture.registerInjectableResource(new Today(Clock.fixed(Instant.parse("2026-11-25T10:00:00Z"), ZoneOffset.UTC)));
    }

    private static ChildDetails details(LocalDate born, LocalDate expected, Sex sex, List<Disability> disabilities) {
        return new ChildDetails("Ava", "Testcase", born, expected, sex, Ethnicity.WBRI, NhsNumber.of("9434765919"),
                null, UpnUnknownReason.UN6, null, null, disabilities);
    }

    private static ChildRegistered registered() {
        return new ChildRegistered(CHILD, LA_ID, "Ava", "Testcase", BORN, null, Sex.FEMALE, Ethnicity.WBRI,
                NhsNumber.of("9434765919"), null, UpnUnknownReason.UN6, null, null, List.of(Disability.NONE));
    }

    private static Matcher<Throwable> invalid(String field) {
        return new FeatureMatcher<>(Matchers.equalTo(field), "invalid entry for", "field") {
            @Override
            protected String featureValueOf(Throwable actual) {
                return actual instanceof InvalidEntry entry ? entry.field() : null;
            }
        };
    }

    @Test
    void a_child_is_registered_with_the_details_known() {
        fixture.givenNoPriorActivity()
                .when(new RegisterChild(CHILD, LA_ID, details(BORN, null, Sex.FEMALE, List.of(Disability.NONE))))
                .expectEvents(registered());
    }

    @Test
    void an_unborn_child_is_registered_by_expected_date_with_sex_unknown() {
        LocalDate due = LocalDate.of(2027, 2, 1);
        fixture.givenNoPriorActivity()
                .when(new RegisterChild(CHILD, LA_ID, details(null, due, Sex.UNKNOWN, List.of())))
                .expectSuccessfulHandlerExecution();
        fixture.givenNoPriorActivity()
                .when(new RegisterChild(CHILD, LA_ID, details(null, due, Sex.MALE, List.of())))
                .expectException(invalid("sex"))
                .expectNoEvents();
    }

    @Test
    void a_child_needs_a_date_of_birth_or_an_expected_one() {
        fixture.givenNoPriorActivity()
                .when(new RegisterChild(CHILD, LA_ID, details(null, null, Sex.FEMALE, List.of())))
                .expectException(invalid("dateOfBirth"))
                .expectNoEvents();
    }

    @Test
    void a_date_of_birth_in_the_future_is_refused() {
        fixture.givenNoPriorActivity()
                .when(new RegisterChild(CHILD, LA_ID, details(LocalDate.of(2027, 1, 1), null, Sex.FEMALE, List.of())))
                .expectException(invalid("dateOfBirth"));
    }

    @Test
    void no_disability_stands_alone() {
        fixture.givenNoPriorActivity()
                .when(new RegisterChild(CHILD, LA_ID, details(BORN, null, Sex.FEMALE, List.of(Disability.NONE, Disability.HEAR))))
                .expectException(invalid("disabilities"));
    }

    @Test
    void a_correction_records_the_new_and_the_earlier_value_with_the_reason() {
        fixture.given(registered())
                .when(new CorrectChildDetail(CHILD, ChildDetail.DATE_OF_BIRTH, "2019-05-15", "Birth certificate seen"))
                .expectEvents(new ChildDetailsCorrected(CHILD, ChildDetail.DATE_OF_BIRTH, "2019-05-15", "2019-05-14", "Birth certificate seen"));
    }

    @Test
    void disabilities_are_corrected_as_a_list_of_codes() {
        fixture.given(registered())
                .when(new CorrectChildDetail(CHILD, ChildDetail.DISABILITIES, "HEAR, VIS", "Audiology report"))
                .expectEvents(new ChildDetailsCorrected(CHILD, ChildDetail.DISABILITIES, "HEAR,VIS", "NONE", "Audiology report"));
    }

    @Test
    void a_correction_to_an_invalid_value_is_refused() {
        fixture.given(registered())
                .when(new CorrectChildDetail(CHILD, ChildDetail.NHS_NUMBER, "9434765918", "typo"))
                .expectException(invalid("value"))
                .expectNoEvents();
        fixture.given(registered())
                .when(new CorrectChildDetail(CHILD, ChildDetail.DATE_OF_DEATH, "2018-01-01", "record"))
                .expectException(invalid("dateOfDeath"));
    }

    @Test
    void a_correction_that_changes_nothing_or_gives_no_reason_is_refused() {
        fixture.given(registered())
                .when(new CorrectChildDetail(CHILD, ChildDetail.GIVEN_NAME, "Ava", "same"))
                .expectException(invalid("value"));
        fixture.given(registered())
                .when(new CorrectChildDetail(CHILD, ChildDetail.GIVEN_NAME, "Eva", " "))
                .expectException(invalid("reason"));
    }

    @Test
    void corrections_accumulate() {
        fixture.given(registered(), new ChildDetailsCorrected(CHILD, ChildDetail.UPN_UNKNOWN_REASON, null, "UN6", "UPN found"),
                        new ChildDetailsCorrected(CHILD, ChildDetail.UPN, "P201123456789", null, "UPN found"))
                .when(new CorrectChildDetail(CHILD, ChildDetail.UPN_UNKNOWN_REASON, "UN7", "wrong"))
                .expectException(invalid("upnUnknownReason"));
    }
}
