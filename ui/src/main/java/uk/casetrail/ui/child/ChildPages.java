package uk.casetrail.ui.child;

import uk.casetrail.ui.layout.WebPages;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;
import uk.casetrail.ui.api.ApiAnswer;
import uk.casetrail.query.access.Readers;
import uk.casetrail.ui.api.InProcessApi;
import uk.casetrail.ui.audit.OlderEntries;
import uk.casetrail.ui.returns.CensusFixes;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Child search, the child's record with its chronology, a case, and who saw the record. */
@WebPages
class ChildPages {

    private final InProcessApi api;
    private final Readers readers;

    ChildPages(InProcessApi api, Readers readers) {
        this.api = api;
        this.readers = readers;
    }

    @GetMapping("/children")
    String search(@RequestParam(required = false) String name, Model model) {
        model.addAttribute("name", name);
        if (name != null && !name.isBlank()) {
            ApiAnswer found = api.get(UriComponentsBuilder.fromPath("/api/children").queryParam("name", name)
                    .encode().toUriString());
            if (found.ok()) {
                model.addAttribute("found", found.json());
            } else {
                model.addAttribute("searchError", found.fieldErrors().getOrDefault("name", found.detail()));
            }
        }
        return "child/search";
    }

    /**
     * With v, the page waits for a write to show (read your writes): v is the version a write of the
     * child's record answered, or, with record, of one of the child's cases (which only the chronology shows).
     */
    @GetMapping("/children/{childId}")
    String child(@PathVariable UUID childId, @RequestParam(required = false) Long v,
                 @RequestParam(required = false) UUID record,
                 @RequestParam(defaultValue = "false") boolean significantOnly,
                 @RequestParam(required = false) String recorded, Model model) {
        boolean childWritten = record == null || record.equals(childId);
        ApiAnswer child = api.get(UriComponentsBuilder.fromPath("/api/children/{id}")
                .queryParamIfPresent("minVersion", Optional.ofNullable(childWritten ? v : null))
                .buildAndExpand(childId).toUriString());
        model.addAttribute("child", child.jsonOrRefuse());
        model.addAttribute("recorded", recorded);
        ApiAnswer chronology = chronology(childId, significantOnly, v == null ? null : childWritten ? childId : record, v, model);
        model.addAttribute("stale", child.stale() || chronology.stale());
        censusIssues(childId, Map.of(), model);
        return "child/child";
    }

    /** The chronology alone, for the significant-only filter (htmx swaps it in place). */
    @GetMapping(value = "/children/{childId}/chronology")
    String chronologyOnly(@PathVariable UUID childId, @RequestParam(defaultValue = "false") boolean significantOnly,
                          @RequestHeader(value = "HX-Request", required = false) String htmx, Model model) {
        chronology(childId, significantOnly, null, null, model);
        model.addAttribute("childId", childId);
        return htmx != null ? "child/chronology :: chronology" : "child/chronology";
    }

    private ApiAnswer chronology(UUID childId, boolean significantOnly, UUID written, Long version, Model model) {
        model.addAttribute("significantOnly", significantOnly);
        ApiAnswer chronology = api.get(UriComponentsBuilder.fromPath("/api/children/{id}/chronology")
                .queryParam("limit", 1000).queryParam("significantOnly", significantOnly)
                .queryParamIfPresent("record", Optional.ofNullable(written))
                .queryParamIfPresent("minVersion", Optional.ofNullable(version))
                .buildAndExpand(childId).toUriString());
        model.addAttribute("chronology", chronology.jsonOrRefuse());
        return chronology;
    }

    @GetMapping("/cases/{caseId}")
    String caseView(@PathVariable UUID caseId, @RequestParam(required = false) Long v,
                    @RequestParam(required = false) String recorded, Model model) {
        ApiAnswer view = api.get(UriComponentsBuilder.fromPath("/api/cases/{id}")
                .queryParamIfPresent("minVersion", Optional.ofNullable(v)).buildAndExpand(caseId).toUriString());
        Map<String, Object> shown = view.jsonOrRefuse();
        model.addAttribute("view", shown);
        model.addAttribute("stale", view.stale());
        model.addAttribute("recorded", recorded);
        censusIssues(UUID.fromString(shown.get("childId").toString()), openAssessment(caseId, shown), model);
        return "child/case";
    }

    /**
     * The child's open census issues with their fixes, for the practitioners who mend them (one more
     * audited read of the child). Others who may open the record (an inspector) are not asked about.
     */
    private void censusIssues(UUID childId, Map<String, String> openAssessments, Model model) {
        if (!CensusFixes.shownTo(readers.reader().role())) {
            return;
        }
        ApiAnswer issues = api.get("/api/children/" + childId + "/census-issues");
        if (issues.ok()) {
            model.addAttribute("censusFixes", CensusFixes.of(issues.json(), openAssessments));
        }
    }

    // The assessment still open on the case, whose completion mends an issue about factors or completion.
    private static Map<String, String> openAssessment(UUID caseId, Map<String, Object> view) {
        if (view.get("assessments") instanceof List<?> assessments) {
            for (Object item : assessments) {
                if (item instanceof Map<?, ?> a && a.get("completedOn") == null) {
                    return Map.of(caseId.toString(), a.get("assessmentId").toString());
                }
            }
        }
        return Map.of();
    }

    @GetMapping("/children/{childId}/access-log")
    String accessLog(@PathVariable UUID childId, @RequestParam(required = false) String cursor, Model model) {
        UriComponentsBuilder query = UriComponentsBuilder.fromPath("/api/children/{childId}/access-log").queryParam("order", "newest")
                .queryParamIfPresent("cursor", Optional.ofNullable(cursor).filter(c -> !c.isBlank()));
        Map<String, Object> log = api.get(query.buildAndExpand(childId).encode().toUriString()).jsonOrRefuse();
        model.addAttribute("childId", childId);
        model.addAttribute("log", log);
        model.addAttribute("olderHref", OlderEntries.href(UriComponentsBuilder.fromPath("/children/" + childId + "/access-log"), log));
        return "child/access-log";
    }
}
