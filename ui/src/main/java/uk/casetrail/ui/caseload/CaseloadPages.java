package uk.casetrail.ui.caseload;

import uk.casetrail.ui.layout.WebPages;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;
import uk.casetrail.query.access.Readers;
import uk.casetrail.ui.api.InProcessApi;

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
        model.addAttribute("caseload", api.get(UriComponentsBuilder.fromPath("/api/caseload")
                .queryParamIfPresent("cursor", java.util.Optional.ofNullable(cursor)).encode().toUriString()).jsonOrRefuse());
        return "caseload/caseload";
    }

    @GetMapping("/team/overdue")
    String teamOverdue(@RequestParam(required = false) String cursor, Model model) {
        String team = readers.reader().team();
        model.addAttribute("overdue", api.get(UriComponentsBuilder.fromPath("/api/teams/{team}/overdue")
                .queryParamIfPresent("cursor", java.util.Optional.ofNullable(cursor))
                .buildAndExpand(team == null ? "-" : team).encode().toUriString()).jsonOrRefuse());
        return "caseload/overdue";
    }
}
