package uk.casetrail.ui.forms;

import jakarta.servlet.http.HttpServletResponse;
import uk.casetrail.ui.layout.WebPages;
import org.springframework.ui.Model;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;
import uk.casetrail.ui.api.ApiAnswer;
import uk.casetrail.ui.api.InProcessApi;
import uk.casetrail.ui.layout.NoSuchPage;
import uk.casetrail.ui.layout.UkTime;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Every write form: shown, posted to the API in-process, and either followed to the record as the
 * write left it (read your writes: the next page waits for the new version) or shown again with
 * everything typed and the API's messages beside the fields.
 */
@WebPages
class FormPages {

    private static final Pattern PATH_VARIABLE = Pattern.compile("\\{(\\w+)}");
    private static final List<String> ENTRY_IDS = List.of("assessmentId", "enquiryId", "planId", "noteId");
    private static final Set<String> FORMS_OF_THOSE_REFUSED = Set.of("break-glass", "case-break-glass", "restriction");

    private final WriteForms forms;
    private final InProcessApi api;
    private final UkTime ukTime;

    FormPages(WriteForms forms, InProcessApi api, UkTime ukTime) {
        this.forms = forms;
        this.api = api;
        this.ukTime = ukTime;
    }

    @GetMapping("/children/new")
    String registration(Model model) {
        return show(model, "register", Map.of(), new LinkedMultiValueMap<>(), Map.of(), List.of());
    }

    @PostMapping("/children/new")
    String register(@RequestParam MultiValueMap<String, String> typed, Model model, HttpServletResponse response) {
        return submit(model, response, "register", Map.of(), typed);
    }

    /** A link may choose a field beforehand (a census issue links to the correction of the detail it names). */
    @GetMapping("/children/{childId}/record/{form}")
    String childForm(@PathVariable UUID childId, @PathVariable String form,
                     @RequestParam MultiValueMap<String, String> query, Model model) {
        MultiValueMap<String, String> chosen = new LinkedMultiValueMap<>(query);
        // A fresh form gets a fresh idempotency key, whatever a link says.
        chosen.remove("idempotencyKey");
        return show(model, form, Map.of("childId", childId.toString()), chosen, Map.of(), List.of());
    }

    @PostMapping("/children/{childId}/record/{form}")
    String childWrite(@PathVariable UUID childId, @PathVariable String form,
                      @RequestParam MultiValueMap<String, String> typed, Model model, HttpServletResponse response) {
        return submit(model, response, form, Map.of("childId", childId.toString()), typed);
    }

    @GetMapping("/cases/{caseId}/record/{form}")
    String caseForm(@PathVariable UUID caseId, @PathVariable String form,
                    @RequestParam MultiValueMap<String, String> query, Model model) {
        return show(model, form, ids(caseId, query), new LinkedMultiValueMap<>(), Map.of(), List.of());
    }

    @PostMapping("/cases/{caseId}/record/{form}")
    String caseWrite(@PathVariable UUID caseId, @PathVariable String form,
                     @RequestParam MultiValueMap<String, String> typed, Model model, HttpServletResponse response) {
        return submit(model, response, form, ids(caseId, typed), typed);
    }

    /** The case, and the entry of it the form is about (an assessment, an enquiry...), each a well-formed id. */
    private static Map<String, String> ids(UUID caseId, MultiValueMap<String, String> params) {
        Map<String, String> ids = new LinkedHashMap<>();
        ids.put("caseId", caseId.toString());
        for (String name : ENTRY_IDS) {
            String value = params.getFirst(name);
            if (value != null && !value.isBlank()) {
                ids.put(name, id(name, value));
            }
        }
        return ids;
    }

    private static String id(String name, String value) {
        try {
            return UUID.fromString(value.strip()).toString();
        } catch (IllegalArgumentException e) {
            throw new NoSuchPage("'" + value + "' is not a valid " + name);
        }
    }

    private String submit(Model model, HttpServletResponse response, String key, Map<String, String> ids,
                          MultiValueMap<String, String> typed) {
        WriteForm form = form(key);
        String idempotencyKey = typed.getFirst("idempotencyKey");
        Map<String, String> headers = idempotencyKey == null || idempotencyKey.isBlank() ? Map.of()
                : Map.of("Idempotency-Key", idempotencyKey);
        ApiAnswer answer = api.post(expand(form.apiPath(), ids), FormValues.body(form, typed, ids), headers);
        if (answer.ok()) {
            return "redirect:" + next(form, answer.json());
        }
        response.setStatus(answer.status());
        Map<String, String> errors = new java.util.LinkedHashMap<>(answer.fieldErrors());
        form.fields().stream().filter(f -> errors.containsKey(f.name()))
                .forEach(f -> errors.put(f.name(), f.inWords(errors.get(f.name()))));
        List<String> unplaced = errors.entrySet().stream()
                .filter(e -> form.fields().stream().noneMatch(f -> f.name().equals(e.getKey()) && f.kind() != Field.Kind.HIDDEN))
                .map(e -> e.getKey() + ": " + e.getValue()).toList();
        List<String> summary = errors.isEmpty() ? List.of(answer.detail()) : unplaced;
        return show(model, key, ids, typed, errors, summary);
    }

    private String show(Model model, String key, Map<String, String> ids, MultiValueMap<String, String> typed,
                        Map<String, String> errors, List<String> problems) {
        WriteForm form = form(key);
        for (String needed : variables(form.apiPath())) {
            if (!ids.containsKey(needed)) {
                throw new NoSuchPage("the form " + key + " needs " + needed);
            }
        }
        model.addAttribute("form", form);
        model.addAttribute("subject", subject(key, ids));
        model.addAttribute("suggestions", key.equals("allocation") ? allocationChoices() : Map.of());
        model.addAttribute("ids", ids);
        model.addAttribute("typed", typed);
        model.addAttribute("errors", errors);
        // The summary links each error to its field's input; an error on a field not shown is listed as it is.
        Map<String, String> anchors = new java.util.LinkedHashMap<>();
        form.fields().stream().filter(f -> f.kind() != Field.Kind.HIDDEN).forEach(f -> anchors.put(f.name(), f.anchor()));
        model.addAttribute("anchors", anchors);
        model.addAttribute("problems", problems);
        String idempotencyKey = typed.getFirst("idempotencyKey");
        model.addAttribute("idempotencyKey", idempotencyKey == null ? UUID.randomUUID().toString() : idempotencyKey);
        String record = ids.containsKey("caseId") ? "/cases/" + ids.get("caseId")
                : ids.containsKey("childId") ? "/children/" + ids.get("childId") : null;
        model.addAttribute("back", record == null ? "/caseload" : record);
        model.addAttribute("action", record == null ? "/children/new" : record + "/record/" + key);
        return "forms/write";
    }

    /**
     * The child the form records about, named above it with the date of birth and LA child id (names are not
     * unique) so that nobody records on the wrong child's file: read through the API, so authorised and
     * audited as any read of the record, and not named to a reader it refuses. Not read for the forms that
     * people the record is closed to use (break-glass; a restriction, which an administrator sets without
     * opening the record): each view would be audited as a refused read they never attempted.
     */
    private String subject(String form, Map<String, String> ids) {
        if (FORMS_OF_THOSE_REFUSED.contains(form)) {
            return null;
        }
        if (ids.containsKey("caseId")) {
            ApiAnswer read = api.get("/api/cases/" + ids.get("caseId"));
            return read.ok() ? named(read.json().get("childName"), read.json().get("childDateOfBirth"), read.json().get("laChildId")) : null;
        }
        if (ids.containsKey("childId")) {
            ApiAnswer read = api.get("/api/children/" + ids.get("childId"));
            Map<String, Object> child = read.ok() ? read.json() : null;
            return child == null ? null
                    : named(child.get("givenName") + " " + child.get("familyName"), child.get("dateOfBirth"), child.get("laChildId"));
        }
        return null;
    }

    /**
     * The teams and workers cases are allocated to, offered as the worker and team are typed: an allocation takes
     * them as typed, and a typo leaves the case held by a team nobody is in. A new name can still be typed.
     */
    @SuppressWarnings("unchecked")
    private Map<String, List<String>> allocationChoices() {
        ApiAnswer read = api.get("/api/teams");
        if (!read.ok()) {
            return Map.of();
        }
        List<Map<String, Object>> teams = (List<Map<String, Object>>) read.json().get("teams");
        List<String> names = teams.stream().map(t -> (String) t.get("name")).toList();
        List<String> workers = teams.stream().flatMap(t -> ((List<String>) t.get("workers")).stream()).distinct().sorted().toList();
        return Map.of("team", names, "worker", workers);
    }

    private String named(Object name, Object dateOfBirth, Object laChildId) {
        return name + ", " + (dateOfBirth == null ? "date of birth not known" : "born " + ukTime.day(dateOfBirth)) + ", " + laChildId;
    }

    private WriteForm form(String key) {
        return forms.byKey(key).orElseThrow(() -> new NoSuchPage("there is no form called " + key));
    }

    /** Where the record shows what was just written, waiting for that version (read your writes). */
    private static String next(WriteForm form, Map<String, Object> written) {
        Object version = written.get("version");
        UriComponentsBuilder next = written.get("caseId") != null
                ? UriComponentsBuilder.fromPath("/cases/{id}").queryParam("id", written.get("id"))
                : UriComponentsBuilder.fromPath("/children/{id}");
        if (version != null) {
            next.queryParam("v", version);
        }
        next.queryParam("recorded", form.key());
        Object recordId = written.get("caseId") != null ? written.get("caseId") : written.get("childId");
        return next.buildAndExpand(recordId).encode().toUriString();
    }

    private static String expand(String apiPath, Map<String, String> ids) {
        Matcher matcher = PATH_VARIABLE.matcher(apiPath);
        StringBuilder path = new StringBuilder();
        while (matcher.find()) {
            matcher.appendReplacement(path, ids.get(matcher.group(1)));
        }
        matcher.appendTail(path);
        return path.toString();
    }

    private static List<String> variables(String apiPath) {
        return PATH_VARIABLE.matcher(apiPath).results().map(m -> m.group(1)).toList();
    }
}
