package uk.casetrail.ui.forms;

import uk.casetrail.events.codes.CensusCode;
import uk.casetrail.ui.layout.Words;

import java.util.Arrays;
import java.util.List;

/**
 * One input of a write form, named as the API names the field, so that the API's messages about a
 * field land beside it.
 */
public record Field(String name, String label, String hint, Kind kind, List<Option> options, boolean required) {

    public enum Kind {
        TEXT, LONG_TEXT, DATE, INSTANT, CHOICE, CHOICES, YES_NO, CHECKBOX, NAMES, HIDDEN
    }

    public record Option(String value, String label) {
    }

    static Field required(String name, String label, Kind kind) {
        return new Field(name, label, null, kind, List.of(), true);
    }

    static Field optional(String name, String label, Kind kind) {
        return new Field(name, label, null, kind, List.of(), false);
    }

    static Field hidden(String name) {
        return new Field(name, name, null, Kind.HIDDEN, List.of(), true);
    }

    /** Where the error summary's link for this field goes: its first box or button when it has several. */
    public String anchor() {
        return switch (kind) {
            case CHOICES -> name + "-0";
            case YES_NO -> name + "-yes";
            default -> name;
        };
    }

    /** The API's message in the form's words: "completedOn is required" beside "Completed on" reads as "Completed on is required". */
    String inWords(String message) {
        return message.startsWith(name + " ") ? label + message.substring(name.length()) : message;
    }

    Field hint(String text) {
        return new Field(name, label, text, kind, options, required);
    }

    Field of(Class<? extends Enum<?>> values) {
        return new Field(name, label, hint, kind, optionsOf(values), required);
    }

    /** Census codes by code and description; other choices by their name, in words. */
    static List<Option> optionsOf(Class<? extends Enum<?>> values) {
        return Arrays.stream(values.getEnumConstants()).map(value -> value instanceof CensusCode code
                        ? new Option(code.code(), code.code() + ": " + code.description())
                        : new Option(value.name(), Words.asPhrase(value.name())))
                .toList();
    }
}
