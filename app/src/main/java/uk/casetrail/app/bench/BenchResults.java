package uk.casetrail.app.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The figures of a benchmark run: each under its key for bench-results.json, and the printed table. */
final class BenchResults {

    private final Map<String, Object> figures = new LinkedHashMap<>();
    private final List<String[]> table = new ArrayList<>();

    void put(String key, Object value) {
        figures.put(key, value);
    }

    Object get(String key) {
        return figures.get(key);
    }

    Map<String, Object> asMap() {
        return Collections.unmodifiableMap(figures);
    }

    /** A row of the table; the ratio is shown when both value and baseline are numbers. */
    void row(String metric, Object value, Object baseline, String baselineName) {
        String ratio = value instanceof Double v && baseline instanceof Double b && b > 0 ? String.format(Locale.ROOT, "%.0f%%", 100 * v / b) : "";
        row(metric, value, baseline, baselineName, ratio);
    }

    void row(String metric, Object value, Object baseline, String baselineName, String ratio) {
        table.add(new String[]{metric, format(value), format(baseline), baselineName, ratio});
    }

    void print() {
        System.out.printf(Locale.ROOT, "%-50s %18s %18s  %-22s %8s%n", "measure", "Casetrail", "baseline", "baseline is", "ratio");
        for (String[] row : table) {
            System.out.printf(Locale.ROOT, "%-50s %18s %18s  %-22s %8s%n", (Object[]) row);
        }
    }

    void write(Path file) throws IOException {
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(file.toFile(), figures);
    }

    private static String format(Object value) {
        return value instanceof Double d ? String.format(Locale.ROOT, "%.1f", d) : String.valueOf(value);
    }
}
