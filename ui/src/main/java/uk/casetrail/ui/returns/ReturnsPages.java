package uk.casetrail.ui.returns;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;
import uk.casetrail.events.calendar.AuthorityTime;
import uk.casetrail.ui.api.ApiAnswer;
import uk.casetrail.ui.api.InProcessApi;
import uk.casetrail.ui.layout.WebPages;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import java.util.Map;

/**
 * The data officers' Returns page: the CIN census for a year, its counts per module and its issues by
 * rule, and the file to download. The check reads every child with a case, so the page renders at once
 * and the check loads into it (htmx) while the page says how many children it is reading.
 */
@WebPages
class ReturnsPages {

    private static final MonthDay CENSUS_DAY = MonthDay.of(3, 31);
    /** The counts of the check's answer, in the order of the census modules, with the names the page shows. */
    private static final List<Map.Entry<String, String>> MODULES = List.of(Map.entry("children", "Children"),
            Map.entry("episodes", "CIN episodes"), Map.entry("assessments", "Assessments"),
            Map.entry("cinPlans", "CIN plans"), Map.entry("section47s", "Section 47 enquiries"),
            Map.entry("protectionPlans", "Child protection plans"), Map.entry("reviews", "Child protection reviews"));

    private final InProcessApi api;

    ReturnsPages(InProcessApi api) {
        this.api = api;
    }

    @GetMapping("/returns")
    String returns(@RequestParam(required = false) String referenceDate, Model model) {
        // Refused (403, audited as denied) to anyone but a data officer, before anything is shown.
        model.addAttribute("scope", api.get("/api/returns/cin-census/scope").jsonOrRefuse());
        model.addAttribute("referenceDate", chosen(referenceDate));
        return "returns/returns";
    }

    /** The check itself: swapped into the Returns page by htmx, or a page of its own without script. */
    @GetMapping("/returns/check")
    String check(@RequestParam(required = false) String referenceDate,
                 @RequestHeader(value = "HX-Request", required = false) String htmx, Model model) {
        String date = chosen(referenceDate);
        ApiAnswer answer = api.get(UriComponentsBuilder.fromPath("/api/returns/cin-census/issues")
                .queryParam("referenceDate", date).encode().toUriString());
        model.addAttribute("referenceDate", date);
        if (answer.status() == 400) {
            model.addAttribute("dateError", answer.fieldErrors().getOrDefault("referenceDate", answer.detail()));
        } else {
            Map<String, Object> check = answer.jsonOrRefuse();
            model.addAttribute("check", check);
            model.addAttribute("ruleGroups", RuleGroup.of(check));
            model.addAttribute("modules", MODULES);
        }
        return htmx != null ? "returns/check :: check" : "returns/check";
    }

    /**
     * The census file, as the API writes it (audited as an export, child by child). Held in memory on the
     * way through: the in-process call captures the API's answer before the page sends it.
     */
    @GetMapping("/returns/cin-census.xml")
    ResponseEntity<byte[]> download(@RequestParam(required = false) String referenceDate) {
        ApiAnswer answer = api.get(UriComponentsBuilder.fromPath("/api/returns/cin-census")
                .queryParam("referenceDate", chosen(referenceDate)).encode().toUriString(), MediaType.APPLICATION_XML_VALUE);
        if (!answer.ok()) {
            answer.jsonOrRefuse();
        }
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_XML)
                .header(HttpHeaders.CONTENT_DISPOSITION, answer.contentDisposition())
                .body(answer.body());
    }

    /** The date asked for, or the census day (31 March) most recently passed. */
    private static String chosen(String referenceDate) {
        if (referenceDate != null && !referenceDate.isBlank()) {
            return referenceDate.strip();
        }
        LocalDate today = LocalDate.now(AuthorityTime.ZONE);
        LocalDate thisYear = CENSUS_DAY.atYear(today.getYear());
        return (thisYear.isAfter(today) ? thisYear.minusYears(1) : thisYear).toString();
    }
}
