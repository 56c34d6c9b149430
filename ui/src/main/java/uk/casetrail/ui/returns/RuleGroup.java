package uk.casetrail.ui.returns;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** The issues of a return that break one DfE rule, for the data officers' Returns page. */
record RuleGroup(String rule, String severity, String message, List<Map<?, ?>> issues) {

    /** The issues of GET /api/returns/cin-census/issues by rule: errors (which reject a return) before queries. */
    static List<RuleGroup> of(Map<String, Object> check) {
        Map<String, RuleGroup> byRule = new LinkedHashMap<>();
        if (check.get("issues") instanceof List<?> issues) {
            for (Object item : issues) {
                Map<?, ?> issue = (Map<?, ?>) item;
                String rule = Objects.toString(issue.get("rule"));
                byRule.computeIfAbsent(rule, r -> new RuleGroup(r, Objects.toString(issue.get("severity")),
                        Objects.toString(issue.get("message")), new ArrayList<>())).issues().add(issue);
            }
        }
        return byRule.values().stream()
                .sorted(Comparator.comparing((RuleGroup g) -> !"ERROR".equals(g.severity())).thenComparing(RuleGroup::rule))
                .toList();
    }
}
