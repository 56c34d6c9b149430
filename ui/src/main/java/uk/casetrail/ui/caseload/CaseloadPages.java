package uk.casetrail.ui.caseload;

import uk.casetrail.ui.layout.WebPages;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;
import uk.casetrail.query.access.Readers;
import uk.casetrail.ui.api.ApiAnswer;
import uk.casetrail.ui.api.InProcessApi;
import uk.casetrail.ui.returns.CensusFix;
import uk.casetrail.ui.returns.CensusFixes;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** My caseload with what is due and overdue; the team manager's overdue list for the team. */
@WebPages
class CaseloadPages {

    private final InProcessApi api;
    private final Readers readers;

    CaseloadPages(InProcessApi api, Readers readers) {
        this.api = api;
        this.readers = readers;
    }

    @GetMapping("/caseload")
    String caseload(@RequestParam(required = false) String cursor, Model model) {
        model.addAttribute("caseload", caseload(cursor));
        model.addAttribute("cursor", cursor);
        model.addAttribute("censusShown", CensusFixes.shownTo(readers.reader().role()));
        return "caseload/caseload";
    }

    /**
     * The census issues of the cases on a page of the caseload, each with its fix: loaded into the
     * caseload after it shows (htmx), or a page of its own without script. Checking a page of children
     * reads their histories from the event log, which the caseload itself should not wait for.
     */
    @GetMapping("/caseload/census-issues")
    String censusIssues(@RequestParam(required = false) String cursor,
                        @RequestHeader(value = "HX-Request", required = false) String htmx, Model model) {
        Map<String, Object> caseload = caseload(cursor);
        List<Map<String, Object>> cases = caseload.get("entries") instanceof List<?> entries
                ? entries.stream().map(CaseloadPages::asMap).toList() : List.of();
        model.addAttribute("cursor", cursor);
        model.addAttribute("casesWithIssues", cases.isEmpty() || !CensusFixes.shownTo(readers.reader().role())
                ? List.of() : CaseCensusIssues.of(cases, censusIssuesOf(cases)));
        return htmx != null ? "caseload/census :: census" : "caseload/census";
    }

    private Map<String, Object> caseload(String cursor) {
        return api.get(UriComponentsBuilder.fromPath("/api/caseload")
                .queryParamIfPresent("cursor", Optional.ofNullable(cursor)).encode().toUriString()).jsonOrRefuse();
    }

    /** One audited read for the page's children. */
    private Map<String, List<CensusFix>> censusIssuesOf(List<Map<String, Object>> cases) {
        List<Object> children = cases.stream().map(c -> c.get("childId")).distinct().toList();
        ApiAnswer issues = api.get(UriComponentsBuilder.fromPath("/api/census-issues")
                .queryParam("children", children.stream().map(Object::toString).collect(Collectors.joining(",")))
                .toUriString());
        return CensusFixes.byCase(issues.jsonOrRefuse(), cases);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> asMap(Object json) {
        return (Map<String, Object>) json;
    }

    @GetMapping("/team/overdue")
    String teamOverdue(@RequestParam(required = false) String cursor, Model model) {
        String team = readers.reader().team();
        model.addAttribute("overdue", api.get(UriComponentsBuilder.fromPath("/api/teams/{team}/overdue")
                .queryParamIfPresent("cursor", Optional.ofNullable(cursor))
                .buildAndExpand(team == null ? "-" : team).encode().toUriString()).jsonOrRefuse());
        return "caseload/overdue";
    }
}
