package uk.casetrail.query.reading;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;

/**
 * An opaque keyset cursor: the sort key of the last row of a page. Listings continue after it, so
 * a page never repeats or skips a row when others are added meanwhile.
 */
public final class Cursor {

    private static final String SEPARATOR = "\u001f";

    private Cursor() {
    }

    public static String encode(List<String> sortKey) {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString(String.join(SEPARATOR, sortKey).getBytes(StandardCharsets.UTF_8));
    }

    /** The sort key in the cursor, or null for the first page; a cursor of another shape is a 400. */
    public static List<String> decode(String cursor, int parts) {
        if (cursor == null || cursor.isBlank()) {
            return null;
        }
        try {
            String text = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            List<String> key = Arrays.asList(text.split(SEPARATOR, -1));
            if (key.size() != parts) {
                throw new IllegalArgumentException();
            }
            return key;
        } catch (IllegalArgumentException e) {
            throw new InvalidQuery("cursor", "this cursor does not belong to this listing; start again without one");
        }
    }

    /** One part of a decoded sort key, parsed; a part that does not parse is a 400, as any foreign cursor. */
    public static <T> T part(List<String> key, int index, java.util.function.Function<String, T> parser) {
        if (key == null) {
            return null;
        }
        try {
            return parser.apply(key.get(index));
        } catch (RuntimeException e) {
            throw new InvalidQuery("cursor", "this cursor does not belong to this listing; start again without one");
        }
    }

    public static int limit(Integer requested) {
        if (requested == null) {
            return 100;
        }
        if (requested < 1 || requested > 1000) {
            throw new InvalidQuery("limit", "limit is between 1 and 1000");
        }
        return requested;
    }
}
