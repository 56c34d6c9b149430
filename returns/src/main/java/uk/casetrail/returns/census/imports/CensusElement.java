package uk.casetrail.returns.census.imports;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.function.Function;

/**
 * One element of a census file with the line it starts on and its path (e.g.
 * {@code /Message/Children/Child[3]/CINdetails[1]}), the path being the provenance of what it records.
 */
record CensusElement(String name, String path, int line, String text, List<CensusElement> children) {

    List<CensusElement> all(String childName) {
        return children.stream().filter(c -> c.name.equals(childName)).toList();
    }

    CensusElement child(String childName) {
        List<CensusElement> found = all(childName);
        if (found.size() > 1) {
            throw new FileRefused(found.get(1).line, found.get(1).path, childName + " may appear only once in " + name);
        }
        return found.isEmpty() ? null : found.get(0);
    }

    /** The text of a child element, or null when it is absent or empty. */
    String text(String childName) {
        CensusElement child = child(childName);
        return child == null || child.text.isBlank() ? null : child.text.strip();
    }

    String required(String childName) {
        String value = text(childName);
        if (value == null) {
            throw new FileRefused(line, path, name + " needs " + childName);
        }
        return value;
    }

    LocalDate date(String childName) {
        return parsed(childName, LocalDate::parse);
    }

    Boolean flag(String childName) {
        return parsed(childName, v -> switch (v) {
            case "true", "1" -> true;
            case "false", "0" -> false;
            default -> throw new IllegalArgumentException("'" + v + "' is not true, false, 1 or 0");
        });
    }

    /** A child's text read as a value (a date, a census code): a value that does not read refuses the file there. */
    <T> T parsed(String childName, Function<String, T> reading) {
        String value = text(childName);
        if (value == null) {
            return null;
        }
        CensusElement child = child(childName);
        try {
            return reading.apply(value);
        } catch (IllegalArgumentException | DateTimeParseException e) {
            throw new FileRefused(child.line, child.path, e.getMessage());
        }
    }
}
