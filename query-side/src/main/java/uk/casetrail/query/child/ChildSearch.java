package uk.casetrail.query.child;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import uk.casetrail.events.access.AccessAction;
import uk.casetrail.query.access.ReadKind;
import uk.casetrail.query.reading.InvalidQuery;
import uk.casetrail.query.reading.ReadPath;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * GET /api/children?name=: children whose name or LA child id contains the words given, only those
 * the reader may open; the search is audited with every child it shows.
 */
@RestController
class ChildSearch {

    record Found(String name, List<FoundChild> entries) {
    }

    record FoundChild(UUID childId, String laChildId, String givenName, String familyName, LocalDate dateOfBirth) {
    }

    private static final int MOST = 50;
    private static final int CHUNK = 200;

    private final JdbcClient jdbc;
    private final ReadPath readPath;

    ChildSearch(JdbcClient jdbc, ReadPath readPath) {
        this.jdbc = jdbc;
        this.readPath = readPath;
    }

    @GetMapping("/api/children")
    Found search(@RequestParam(required = false) String name) {
        String words = name == null ? "" : name.strip();
        if (words.length() < 2 || words.length() > 100) {
            throw new InvalidQuery("name", "give 2 to 100 characters of the child's name or LA child id");
        }
        // Every word must appear in the name or the id; LIKE's own wildcards in the input are taken literally.
        List<String> patterns = List.of(words.split("\\s+")).stream()
                .map(w -> "%" + w.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%").toList();
        List<ReadPath.Visible<FoundChild>> visible = new ArrayList<>();
        FoundChild last = null;
        // Matches are read a chunk at a time, in name order, until a page of those the reader may open is
        // found: a common name can match thousands of children, most of whom the reader may not open.
        while (visible.size() < MOST) {
            List<FoundChild> chunk = matches(patterns, last);
            visible.addAll(readPath.visible(ReadKind.CHILD_DETAILS, chunk, FoundChild::childId));
            if (chunk.size() < CHUNK) {
                break;
            }
            last = chunk.get(chunk.size() - 1);
        }
        visible = visible.stream().limit(MOST).toList();
        return readPath.answerListing("child-search", AccessAction.SEARCH, visible,
                new Found(words, visible.stream().map(ReadPath.Visible::row).toList()));
    }

    private List<FoundChild> matches(List<String> patterns, FoundChild after) {
        return jdbc.sql("""
                        SELECT child_id, la_child_id, given_name, family_name, date_of_birth FROM child_summary
                        WHERE (SELECT bool_and(given_name || ' ' || family_name || ' ' || la_child_id ILIKE p)
                               FROM unnest(CAST(:patterns AS text[])) AS p)
                          AND (CAST(:afterChild AS uuid) IS NULL
                               OR (family_name, given_name, child_id) > (:afterFamily, :afterGiven, CAST(:afterChild AS uuid)))
                        ORDER BY family_name, given_name, child_id
                        LIMIT :chunk""")
                .param("patterns", patterns.toArray(String[]::new))
                .param("afterFamily", after == null ? null : after.familyName())
                .param("afterGiven", after == null ? null : after.givenName())
                .param("afterChild", after == null ? null : after.childId())
                .param("chunk", CHUNK)
                .query((rs, n) -> new FoundChild(rs.getObject("child_id", UUID.class), rs.getString("la_child_id"),
                        rs.getString("given_name"), rs.getString("family_name"),
                        rs.getObject("date_of_birth", LocalDate.class)))
                .list();
    }
}
