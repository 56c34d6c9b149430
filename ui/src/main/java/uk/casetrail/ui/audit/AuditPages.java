package uk.casetrail.ui.audit;

import uk.casetrail.ui.layout.WebPages;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;
import uk.casetrail.ui.api.ApiAnswer;
import uk.casetrail.ui.api.InProcessApi;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** The auditor's access search, break-glass review queue and integrity check. */
@WebPages
class AuditPages {

    private final InProcessApi api;

    AuditPages(InProcessApi api) {
        this.api = api;
    }

    @GetMapping("/audit/access")
    String access(@RequestParam Map<String, String> filters, Model model) {
        // Newest first: an auditor asks first who has just opened a record.
        UriComponentsBuilder query = UriComponentsBuilder.fromPath("/api/audit/access").queryParam("order", "newest");
        UriComponentsBuilder page = UriComponentsBuilder.fromPath("/audit/access");
        for (String name : new String[]{"childId", "actor", "from", "to", "outcome"}) {
            Optional<String> value = Optional.ofNullable(filters.get(name)).filter(v -> !v.isBlank());
            query.queryParamIfPresent(name, value);
            page.queryParamIfPresent(name, value);
        }
        query.queryParamIfPresent("cursor", Optional.ofNullable(filters.get("cursor")).filter(v -> !v.isBlank()));
        ApiAnswer answer = api.get(query.encode().toUriString());
        model.addAttribute("filters", filters);
        if (answer.status() == 400) {
            model.addAttribute("queryErrors", answer.fieldErrors());
        } else {
            Map<String, Object> log = answer.jsonOrRefuse();
            model.addAttribute("log", log);
            model.addAttribute("olderHref", OlderEntries.href(page, log));
        }
        return "audit/access";
    }

    @GetMapping("/audit/break-glass")
    String breakGlass(@RequestParam(defaultValue = "true") boolean pendingOnly, @RequestParam(required = false) String reviewed,
                      Model model) {
        model.addAttribute("reviewed", reviewed != null);
        model.addAttribute("pendingOnly", pendingOnly);
        model.addAttribute("queue", api.get("/api/audit/break-glass?pendingOnly=" + pendingOnly).jsonListOrRefuse());
        return "audit/break-glass";
    }

    @PostMapping("/audit/break-glass/{breakGlassId}/review")
    String review(@PathVariable UUID breakGlassId, @RequestParam(required = false) String outcome,
                  @RequestParam(required = false) String notes, Model model) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("outcome", outcome == null || outcome.isBlank() ? null : outcome);
        body.put("notes", notes);
        ApiAnswer answer = api.post("/api/audit/break-glass/" + breakGlassId + "/review", body, Map.of());
        if (!answer.ok()) {
            // Shown again with what the auditor chose and wrote, and the reason beside the outcome.
            model.addAttribute("reviewError", answer.fieldErrors().getOrDefault("outcome", answer.detail()));
            model.addAttribute("reviewing", breakGlassId.toString());
            model.addAttribute("typedOutcome", outcome);
            model.addAttribute("typedNotes", notes);
            return breakGlass(true, null, model);
        }
        return "redirect:/audit/break-glass?reviewed";
    }

    @GetMapping("/audit/integrity")
    String integrity(@RequestParam(defaultValue = "false") boolean check, Model model) {
        if (check) {
            model.addAttribute("integrity", api.get("/api/audit/integrity").jsonOrRefuse());
        }
        return "audit/integrity";
    }
}
