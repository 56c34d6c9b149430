package uk.casetrail.ui.child;

import uk.casetrail.ui.layout.WebPages;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;
import uk.casetrail.ui.api.ApiAnswer;
import uk.casetrail.ui.api.InProcessApi;

import java.util.Optional;
import java.util.UUID;

/** Child search, the child's record with its chronology, a case, and who saw the record. */
@WebPages
class ChildPages {

    private final InProcessApi api;

    ChildPages(InProcessApi api) {
        this.api = api;
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

    @GetMapping("/children/{childId}")
    String child(@PathVariable UUID childId, @RequestParam(required = false) Long v,
                 @RequestParam(defaultValue = "false") boolean significantOnly,
                 @RequestParam(required = false) String recorded, Model model) {
        ApiAnswer child = api.get(UriComponentsBuilder.fromPath("/api/children/{id}")
                .queryParamIfPresent("minVersion", Optional.ofNullable(v)).buildAndExpand(childId).toUriString());
        model.addAttribute("child", child.jsonOrRefuse());
        model.addAttribute("stale", child.stale());
        model.addAttribute("recorded", recorded);
        chronology(childId, significantOnly, model);
        return "child/child";
    }

    /** The chronology alone, for the significant-only filter (htmx swaps it in place). */
    @GetMapping(value = "/children/{childId}/chronology")
    String chronologyOnly(@PathVariable UUID childId, @RequestParam(defaultValue = "false") boolean significantOnly,
                          @RequestHeader(value = "HX-Request", required = false) String htmx, Model model) {
        chronology(childId, significantOnly, model);
        model.addAttribute("childId", childId);
        return htmx != null ? "child/chronology :: chronology" : "child/chronology";
    }

    private void chronology(UUID childId, boolean significantOnly, Model model) {
        model.addAttribute("significantOnly", significantOnly);
        model.addAttribute("chronology", api.get("/api/children/" + childId + "/chronology?limit=1000&significantOnly="
                + significantOnly).jsonOrRefuse());
    }

    @GetMapping("/cases/{caseId}")
    String caseView(@PathVariable UUID caseId, @RequestParam(required = false) Long v,
                    @RequestParam(required = false) String recorded, @RequestParam(required = false) String id,
                    Model model) {
        ApiAnswer view = api.get(UriComponentsBuilder.fromPath("/api/cases/{id}")
                .queryParamIfPresent("minVersion", Optional.ofNullable(v)).buildAndExpand(caseId).toUriString());
        model.addAttribute("view", view.jsonOrRefuse());
        model.addAttribute("stale", view.stale());
        model.addAttribute("recorded", recorded);
        model.addAttribute("recordedId", id);
        return "child/case";
    }

    @GetMapping("/children/{childId}/access-log")
    String accessLog(@PathVariable UUID childId, Model model) {
        model.addAttribute("childId", childId);
        model.addAttribute("log", api.get("/api/children/" + childId + "/access-log").jsonOrRefuse());
        return "child/access-log";
    }
}
