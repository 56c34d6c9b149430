package uk.casetrail.returns.census.rules;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The three-digit codes a UPN may carry in characters 2 to 4: the English local authority codes since
 * April 1998 and the DfE's recognised pseudo-LA codes, as rule 1530 lists them (2023 to 2024 rules
 * onwards, which added 942 and 943). Kept here because no other part of the platform needs the list.
 */
final class LocalAuthorityCodes {

    private static final String[] RANGES = {"001-005", "201-213", "301-320", "330-336", "340-344", "350-359",
            "370-373", "380-384", "390-394", "420", "660-681", "701-708", "800-803", "805-808", "810-813", "815",
            "816", "820-823", "825", "826", "830", "831", "835-839", "840", "841", "845", "846", "850-852", "855-857",
            "860", "861", "865-896", "908", "909", "916", "919", "921", "925", "926", "928", "929", "931", "933",
            "935-938", "940-943"};

    private static final Set<String> CODES = codes();

    private LocalAuthorityCodes() {
    }

    static boolean recognised(String code) {
        return CODES.contains(code);
    }

    private static Set<String> codes() {
        Set<String> codes = new HashSet<>();
        for (String range : RANGES) {
            String[] ends = range.split("-");
            int last = Integer.parseInt(ends[ends.length - 1]);
            for (int code = Integer.parseInt(ends[0]); code <= last; code++) {
                codes.add(String.format(Locale.ROOT, "%03d", code));
            }
        }
        return Set.copyOf(codes);
    }
}
