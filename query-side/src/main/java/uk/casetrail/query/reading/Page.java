package uk.casetrail.query.reading;

import java.util.List;
import java.util.function.Function;

/**
 * A page of a listing, and the cursor that continues it (null on the last page). Fetch limit + 1
 * rows to know whether another page follows.
 */
public record Page<T>(List<T> entries, String nextCursor) {

    public static <T> Page<T> of(List<T> rowsFetched, int limit, Function<T, List<String>> cursorOf) {
        if (rowsFetched.size() <= limit) {
            return new Page<>(rowsFetched, null);
        }
        List<T> page = rowsFetched.subList(0, limit);
        return new Page<>(List.copyOf(page), Cursor.encode(cursorOf.apply(page.get(limit - 1))));
    }
}
