package uk.casetrail.ui.admin;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import uk.casetrail.ui.api.ApiAnswer;
import uk.casetrail.ui.api.InProcessApi;
import uk.casetrail.ui.layout.UkTime;
import uk.casetrail.ui.layout.WebPages;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The administrator's page for inspection grants: an inspector may read one team's children for a
 * window (the API's POST /api/inspection-grants, which decides who may issue one). Times are typed in
 * UK time, as everywhere in the pages.
 */
@WebPages
class InspectionGrantPages {

    private static final String[] FIELDS = {"inspector", "team", "from", "until"};

    private final InProcessApi api;

    InspectionGrantPages(InProcessApi api) {
        this.api = api;
    }

    @GetMapping("/admin/inspection-grants")
    String form(Model model) {
        return show(model, Map.of(), Map.of(), null);
    }

    @PostMapping("/admin/inspection-grants")
    String grant(@RequestParam Map<String, String> typed, Model model, HttpServletResponse response) {
        Map<String, Object> body = new LinkedHashMap<>();
        for (String field : FIELDS) {
            String value = typed.getOrDefault(field, "").strip();
            body.put(field, value.isEmpty() ? null : field.equals("from") || field.equals("until") ? UkTime.typed(value) : value);
        }
        ApiAnswer answer = api.post("/api/inspection-grants", body, Map.of());
        if (answer.ok()) {
            model.addAttribute("granted", answer.json());
            return show(model, Map.of(), Map.of(), null);
        }
        response.setStatus(answer.status());
        Map<String, String> errors = answer.fieldErrors();
        return show(model, typed, errors, errors.isEmpty() ? answer.detail() : null);
    }

    private static String show(Model model, Map<String, String> typed, Map<String, String> errors, String problem) {
        model.addAttribute("typed", typed);
        model.addAttribute("errors", errors);
        model.addAttribute("problem", problem);
        return "admin/inspection-grants";
    }
}
