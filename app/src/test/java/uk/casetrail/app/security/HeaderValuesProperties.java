package uk.casetrail.app.security;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.springframework.security.web.firewall.StrictHttpFirewall;

import static org.assertj.core.api.Assertions.assertThat;

/** The firewall's header values are judged exactly as Spring Security's own rule judges them. */
class HeaderValuesProperties {

    @Property(tries = 5_000)
    void a_header_value_is_allowed_exactly_when_spring_securitys_rule_allows_it(@ForAll("headerValues") String value) {
        assertThat(HeaderValues.allowed(value)).isEqualTo(StrictHttpFirewall.ALLOWED_HEADER_VALUES.test(value));
    }

    @Provide
    Arbitrary<String> headerValues() {
        // Mostly printable ASCII, as real headers are, with any character of any plane mixed in:
        // controls, tab, unassigned code points, surrogate pairs and lone surrogates.
        Arbitrary<String> anyCodePoint = Arbitraries.integers().between(0, Character.MAX_CODE_POINT)
                .map(Character::toString);
        Arbitrary<String> printable = Arbitraries.chars().range(' ', '~').map(String::valueOf);
        Arbitrary<String> special = Arbitraries.of("\t", "\u0000", "\u001f", "\u007f", "\u0085", "\u009f", "\u00a0",
                "\u0378", "\ud800", "\udc00", "\ud83d\ude00", "\uffff", "\ufffe");
        return Arbitraries.frequencyOf(
                        net.jqwik.api.Tuple.of(8, printable), net.jqwik.api.Tuple.of(1, anyCodePoint), net.jqwik.api.Tuple.of(1, special))
                .list().ofMaxSize(40).map(parts -> String.join("", parts));
    }
}
