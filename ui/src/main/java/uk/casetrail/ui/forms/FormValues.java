package uk.casetrail.ui.forms;

import org.springframework.util.MultiValueMap;
import uk.casetrail.ui.layout.UkTime;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a practitioner typed, turned into the API's JSON body. Nothing is judged here: a value that
 * cannot be read is passed on as typed, for the API to explain beside its field.
 */
final class FormValues {

    private FormValues() {
    }

    static Map<String, Object> body(WriteForm form, MultiValueMap<String, String> typed, Map<String, String> ids) {
        Map<String, Object> body = new LinkedHashMap<>();
        for (Field field : form.fields()) {
            List<String> values = typed.getOrDefault(field.name(), List.of());
            String value = values.isEmpty() ? "" : values.get(0).strip();
            switch (field.kind()) {
                case HIDDEN -> body.put(field.name(), ids.get(field.name()));
                case CHECKBOX -> body.put(field.name(), values.contains("true"));
                case CHOICES -> body.put(field.name(), values.stream().filter(v -> !v.isBlank()).toList());
                case NAMES -> body.put(field.name(), Arrays.stream(value.split(",")).map(String::strip)
                        .filter(name -> !name.isEmpty()).toList());
                case YES_NO -> {
                    if (!value.isEmpty()) {
                        body.put(field.name(), Boolean.parseBoolean(value));
                    }
                }
                case INSTANT -> {
                    if (!value.isEmpty()) {
                        body.put(field.name(), UkTime.typed(value));
                    }
                }
                default -> {
                    if (!value.isEmpty()) {
                        body.put(field.name(), value);
                    }
                }
            }
        }
        return body;
    }

}
