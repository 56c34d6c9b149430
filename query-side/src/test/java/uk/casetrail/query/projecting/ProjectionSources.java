package uk.casetrail.query.projecting;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** The statements the projections' source queues and the tables their reset handlers truncate, read from the source. */
public final class ProjectionSources {

    private static final Path SOURCES = Path.of("src/main/java/uk/casetrail/query");
    private static final Pattern QUEUED = Pattern.compile("writes\\.sql\\(\\s*(?:\"\"\"(.*?)\"\"\"|\"((?:[^\"\\\\]|\\\\.)*)\")",
            Pattern.DOTALL);
    private static final Pattern TRUNCATED = Pattern.compile("\\.sql\\(\"(TRUNCATE [^\"]*)\"\\)");

    private ProjectionSources() {
    }

    /** The text of every statement queued through ProjectionWrites. */
    public static List<String> queuedStatements() throws IOException {
        return matches(QUEUED);
    }

    /** The TRUNCATE statements of the projections' reset handlers, queued or not. */
    public static List<String> truncations() throws IOException {
        return matches(TRUNCATED);
    }

    private static List<String> matches(Pattern pattern) throws IOException {
        List<String> found = new ArrayList<>();
        for (String source : sources()) {
            Matcher match = pattern.matcher(source);
            while (match.find()) {
                found.add(match.group(1) != null ? match.group(1) : match.group(2));
            }
        }
        return found;
    }

    private static List<String> sources() throws IOException {
        try (Stream<Path> files = Files.walk(SOURCES)) {
            List<String> sources = new ArrayList<>();
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                sources.add(Files.readString(file));
            }
            return sources;
        }
    }
}
