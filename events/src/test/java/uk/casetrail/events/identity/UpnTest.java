package uk.casetrail.events.identity;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class UpnTest {

    @ParameterizedTest
    @ValueSource(strings = {"P201123456789", "E938000012345", "e938000012345"})
    void a_upn_with_the_right_check_letter_is_accepted(String upn) {
        assertThat(Upn.of(upn).temporary()).isFalse();
    }

    @Test
    void a_temporary_upn_ends_in_a_letter() {
        assertThat(Upn.of("A80112345678A").temporary()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"A201123456789", "P20112345678", "P2011234567890", "1201123456789", "P2011234567I9"})
    void a_wrong_check_letter_or_shape_is_refused(String upn) {
        assertThatThrownBy(() -> Upn.of(upn)).isInstanceOf(IllegalArgumentException.class);
    }
}
