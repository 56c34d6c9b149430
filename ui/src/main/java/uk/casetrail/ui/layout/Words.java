package uk.casetrail.ui.layout;

import org.springframework.stereotype.Component;
import uk.casetrail.events.codes.AbuseCategory;
import uk.casetrail.events.codes.CensusCode;
import uk.casetrail.events.codes.ClosureReason;
import uk.casetrail.events.codes.Disability;
import uk.casetrail.events.codes.Ethnicity;
import uk.casetrail.events.codes.PrimaryNeed;
import uk.casetrail.events.codes.Sex;
import uk.casetrail.events.codes.UpnUnknownReason;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Codes as people read them. The API answers with census codes and the journey's names (N4, NEG, RC8,
 * CHILD_PROTECTION), which is what returns and scripts need; a practitioner reads "N4 Family in acute
 * stress". Used by the pages as {@code ${@words.need(...)}} and the like.
 */
@Component("words")
public class Words {

    private static final Map<String, String> STATUS = Map.of("CONTACT", "Contact awaiting a decision", "REFERRAL", "Referral",
            "ASSESSMENT", "Assessment", "SECTION_47", "Section 47 enquiry", "CHILD_IN_NEED", "Child in need",
            "CHILD_PROTECTION", "Child protection plan", "CLOSED", "Closed");

    public String status(Object status) {
        return status == null ? "" : STATUS.getOrDefault(status.toString(), status.toString());
    }

    public String need(Object code) {
        return coded(PrimaryNeed.class, code, true);
    }

    public String category(Object code) {
        return coded(AbuseCategory.class, code, false);
    }

    public String closure(Object code) {
        return coded(ClosureReason.class, code, true);
    }

    public String ethnicity(Object code) {
        return coded(Ethnicity.class, code, false);
    }

    public String sex(Object code) {
        return coded(Sex.class, code, false);
    }

    public String upnUnknown(Object code) {
        return coded(UpnUnknownReason.class, code, true);
    }

    public String disabilities(List<?> codes) {
        return codes == null || codes.isEmpty() ? "None recorded"
                : codes.stream().map(code -> coded(Disability.class, code, false)).collect(Collectors.joining(", "));
    }

    /** A journey name as a phrase: STRATEGY_DISCUSSION as "Strategy discussion". */
    public String phrase(Object name) {
        return asPhrase(name);
    }

    /** As {@link #phrase}, for code that labels choices outside a page (a form's options). */
    public static String asPhrase(Object name) {
        if (name == null) {
            return "";
        }
        String words = name.toString().replace('_', ' ').toLowerCase(Locale.UK);
        return words.isEmpty() ? words : Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    private static <E extends Enum<E> & CensusCode> String coded(Class<E> codeSet, Object code, boolean showCode) {
        if (code == null) {
            return "-";
        }
        Optional<E> value = Arrays.stream(codeSet.getEnumConstants()).filter(e -> e.code().equals(code.toString())).findFirst();
        return value.map(e -> showCode ? e.code() + " " + e.description() : e.description()).orElse(code.toString());
    }
}
