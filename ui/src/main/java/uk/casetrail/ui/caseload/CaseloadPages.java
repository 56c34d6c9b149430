package uk.casetrail.ui.caseload;

import uk.casetrail.ui.layout.WebPages;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
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
        Map<String, Object> caseload = api.get(UriComponentsBuilder.fromPath("/api/caseload")
                .queryParamIfPresent("cursor", Optional.ofNullable(cursor)).encode().toUriString()).jsonOrRefuse();
        model.addAttribute("caseload", caseload);
        model.addAttribute("censusFixes", censusFixes(caseload));
        return "caseload/caseload";
    }

    /** Each case's census issues with their fixes, one audited read for the whole page; none for those who do not mend them. */
    private Map<String, List<CensusFix>> censusFixes(Map<String, Object> caseload) {
        List<Map<String, Object>> cases = caseload.get("entries") instanceof List<?> entries
                ? entries.stream().map(CaseloadPages::asMap).toList() : List.of();
        List<Object> children = cases.stream().map(c -> c.get("childId")).distinct().toList();
        if (children.isEmpty() || !CensusFixes.shownTo(readers.reader().role())) {
            return Map.of();
        }
        ApiAnswer issues = api.get(UriComponentsBuilder.fromPath("/api/census-issues")
                .queryParam("children", children.stream().map(Object::toString).collect(Collectors.joining(",")))
                .toUriString());
        return issues.ok() ? CensusFixes.byCase(issues.json(), cases) : Map.of();
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
