package uk.casetrail.ui.inspection;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * An entry of today's chronology, compared with the chronology as it read at an earlier instant:
 * unchanged, recorded since, or corrected since (superseded by a later correction).
 */
record ReplayedEntry(Map<String, Object> entry, Difference difference) {

    enum Difference {
        UNCHANGED, RECORDED_SINCE, CORRECTED_SINCE
    }

    static List<ReplayedEntry> compare(List<Map<String, Object>> then, List<Map<String, Object>> now) {
        Map<Object, Map<String, Object>> thenById = then.stream()
                .collect(Collectors.toMap(e -> e.get("eventId"), e -> e, (a, b) -> a));
        return now.stream().map(entry -> {
            Map<String, Object> before = thenById.get(entry.get("eventId"));
            if (before == null) {
                return new ReplayedEntry(entry, Difference.RECORDED_SINCE);
            }
            return new ReplayedEntry(entry, Objects.equals(before.get("supersededBy"), entry.get("supersededBy"))
                    ? Difference.UNCHANGED : Difference.CORRECTED_SINCE);
        }).toList();
    }

}
