package uk.casetrail.events.codes;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CensusCodesTest {

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void codes_are_exchanged_as_the_census_writes_them() throws Exception {
        assertThat(json.writeValueAsString(List.of(ReferralSource.HEALTH_VISITOR, Factor.F24A, ClosureReason.EARLY_HELP_AFTER_ASSESSMENT)))
                .isEqualTo("[\"3B\",\"24A\",\"RC9\"]");
        assertThat(json.readValue("\"N1\"", PrimaryNeed.class)).isEqualTo(PrimaryNeed.ABUSE_OR_NEGLECT);
        assertThat(json.readValue("\"MUL\"", AbuseCategory.class)).isEqualTo(AbuseCategory.MULTIPLE);
        assertThat(json.readValue("\"UN10\"", UpnUnknownReason.class)).isEqualTo(UpnUnknownReason.UN10);
    }

    @Test
    void an_unknown_code_is_refused_with_the_valid_codes_named() {
        assertThatThrownBy(() -> Sex.fromCode("X"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("valid codes are M, F, U");
    }

    @Test
    void every_code_set_holds_the_census_number_of_codes() {
        assertThat(ReferralSource.values()).hasSize(22);
        assertThat(PrimaryNeed.values()).hasSize(10);
        assertThat(ClosureReason.values()).hasSize(9);
        assertThat(AbuseCategory.values()).hasSize(5);
        assertThat(Ethnicity.values()).hasSize(20);
        assertThat(Disability.values()).hasSize(13);
        assertThat(Factor.values()).hasSize(42);
    }
}
