package uk.casetrail.ui.inspection;

import uk.casetrail.events.calendar.AuthorityTime;
import uk.casetrail.ui.layout.WebPages;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;
import uk.casetrail.ui.api.ApiAnswer;
import uk.casetrail.ui.api.InProcessApi;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The inspector's replay: a child's chronology as it had been recorded at an instant, beside today's,
 * with what was recorded or corrected since marked.
 */
@WebPages
class ReplayPages {

    private final InProcessApi api;

    ReplayPages(InProcessApi api) {
        this.api = api;
    }

    @GetMapping("/children/{childId}/replay")
    String replay(@PathVariable UUID childId, @RequestParam(required = false) String asRecordedAt, Model model) {
        model.addAttribute("childId", childId);
        model.addAttribute("asRecordedAt", asRecordedAt);
        Map<String, Object> now = chronology(childId, null).jsonOrRefuse();
        if (asRecordedAt == null || asRecordedAt.isBlank()) {
            return "inspection/replay";
        }
        Instant at;
        try {
            at = LocalDateTime.parse(asRecordedAt).atZone(AuthorityTime.ZONE).toInstant();
        } catch (DateTimeParseException e) {
            model.addAttribute("asRecordedAtError", "Enter a date and time, for example 2026-09-01 09:15");
            return "inspection/replay";
        }
        Map<String, Object> then = chronology(childId, at).jsonOrRefuse();
        model.addAttribute("at", at);
        model.addAttribute("then", entries(then));
        model.addAttribute("entries", ReplayedEntry.compare(entries(then), entries(now)));
        return "inspection/replay";
    }

    private ApiAnswer chronology(UUID childId, Instant at) {
        UriComponentsBuilder query = UriComponentsBuilder.fromPath("/api/children/{id}/chronology").queryParam("limit", 1000);
        if (at != null) {
            query.queryParam("asRecordedAt", at.toString());
        }
        return api.get(query.buildAndExpand(childId).toUriString());
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> entries(Map<String, Object> chronology) {
        return (List<Map<String, Object>>) chronology.get("entries");
    }
}
