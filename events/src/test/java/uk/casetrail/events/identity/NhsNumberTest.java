package uk.casetrail.events.identity;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class NhsNumberTest {

    @Test
    void a_number_with_the_right_check_digit_is_accepted_with_or_without_spaces() {
        assertThat(NhsNumber.of("943 476 5919").value()).isEqualTo("9434765919");
        assertThat(NhsNumber.isValid("9434765919")).isTrue();
    }

    @Test
    void a_remainder_of_eleven_gives_check_digit_zero() {
        // 0000000000: weighted sum 0, 11 - 0 = 11, which stands for check digit 0.
        assertThat(NhsNumber.isValid("0000000000")).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"9434765918", "943476591", "94347659190", "94347A5919", ""})
    void a_wrong_check_digit_or_length_is_refused(String number) {
        assertThat(NhsNumber.isValid(number)).isFalse();
        assertThatThrownBy(() -> NhsNumber.of(number)).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"1234567890", "1234567891", "1234567899"})
    void a_number_whose_check_would_be_ten_cannot_exist(String number) {
        // Weighted sum of 123456789 is 210; 210 mod 11 = 1; 11 - 1 = 10: no check digit is valid.
        assertThat(NhsNumber.isValid(number)).isFalse();
    }
}
