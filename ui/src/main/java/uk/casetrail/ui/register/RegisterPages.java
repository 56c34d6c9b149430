package uk.casetrail.ui.register;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import uk.casetrail.ui.layout.WebPages;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;
import uk.casetrail.ui.api.ApiAnswer;
import uk.casetrail.ui.api.InProcessApi;

import java.util.Optional;

/** The child protection register on a date, and its CSV export (audited as an export by the API). */
@WebPages
class RegisterPages {

    private final InProcessApi api;

    RegisterPages(InProcessApi api) {
        this.api = api;
    }

    @GetMapping("/register")
    String register(@RequestParam(required = false) String asOf, @RequestParam(required = false) String category,
                    @RequestParam(required = false) String cursor, Model model) {
        ApiAnswer answer = api.get(query(asOf, category).queryParamIfPresent("cursor", Optional.ofNullable(cursor))
                .encode().toUriString());
        model.addAttribute("asOf", asOf);
        model.addAttribute("category", category);
        if (answer.status() == 400) {
            model.addAttribute("queryErrors", answer.fieldErrors());
            return "register/register";
        }
        model.addAttribute("register", answer.jsonOrRefuse());
        return "register/register";
    }

    @GetMapping("/register.csv")
    ResponseEntity<byte[]> export(@RequestParam(required = false) String asOf, @RequestParam(required = false) String category) {
        ApiAnswer answer = api.get(query(asOf, category).encode().toUriString(), "text/csv");
        if (!answer.ok()) {
            answer.jsonOrRefuse();
        }
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(answer.contentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"child-protection-register.csv\"")
                .body(answer.body());
    }

    private static UriComponentsBuilder query(String asOf, String category) {
        return UriComponentsBuilder.fromPath("/api/register/child-protection")
                .queryParamIfPresent("asOf", Optional.ofNullable(asOf).filter(s -> !s.isBlank()))
                .queryParamIfPresent("category", Optional.ofNullable(category).filter(s -> !s.isBlank()));
    }
}
