package uk.casetrail.app.synthetic;

import uk.casetrail.events.identity.LaChildId;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * The ids of one copy of a synthetic authority. Every id of the original is replaced by a name-based
 * UUID of the copy's number and the original id, so that an id is remapped the same way wherever it
 * appears (a case's child, a note's case) and two copies, or a copy and its original, never share
 * one. The LA child id, being derived from the child's id, follows it. Not thread-safe: it remembers
 * the ids it has remapped, because a case's id recurs in every one of its events.
 */
final class CopyIds {

    private static final int LENGTH = 36;

    private final int copy;
    private final Map<String, String> ids = new HashMap<>();

    CopyIds(int copy) {
        if (copy < 1) {
            throw new IllegalArgumentException("copies are numbered from 1, the original being 0");
        }
        this.copy = copy;
    }

    int copy() {
        return copy;
    }

    /** The copy's id for one id of the original. */
    String id(String original) {
        requireId(original);
        return remapped(original);
    }

    /** The copy's id for an id that appears once (an event's own), not remembered. */
    String onceOnly(String original) {
        requireId(original);
        return derived(original.toLowerCase(Locale.ROOT));
    }

    /** The text (an event's JSON, a metadata value) with every id in it remapped and everything else kept. */
    String text(String original) {
        StringBuilder copied = null;
        List<String> found = new ArrayList<>(4);
        int from = 0;
        for (int at = original.indexOf('-'); at >= 0; at = original.indexOf('-', at + 1)) {
            int start = at - 8;
            if (start < from || !idAt(original, start)) {
                continue;
            }
            copied = copied == null ? new StringBuilder(original.length()) : copied;
            String id = original.substring(start, start + LENGTH);
            found.add(id);
            copied.append(original, from, start).append(remapped(id));
            from = start + LENGTH;
            at = from - 1;
        }
        if (copied == null) {
            return original;
        }
        String result = copied.append(original, from, original.length()).toString();
        return original.contains("CT") ? withLaChildIdsFollowing(original, result, found) : result;
    }

    /** An LA child id derived from an id in the text is replaced by the one derived from that id's copy. */
    private String withLaChildIdsFollowing(String original, String copied, List<String> ids) {
        String result = copied;
        for (String id : ids) {
            String la = LaChildId.derivedFrom(UUID.fromString(id)).value();
            if (original.contains(la)) {
                result = result.replace(la, LaChildId.derivedFrom(UUID.fromString(remapped(id))).value());
            }
        }
        return result;
    }

    private String remapped(String original) {
        return ids.computeIfAbsent(original.toLowerCase(Locale.ROOT), this::derived);
    }

    private String derived(String original) {
        return UUID.nameUUIDFromBytes((copy + ":" + original).getBytes(StandardCharsets.UTF_8)).toString();
    }

    private static void requireId(String text) {
        if (text.length() != LENGTH || !idAt(text, 0)) {
            throw new IllegalArgumentException("'" + text + "' is not an id (a UUID) that a copy can remap");
        }
    }

    /** Whether a whole UUID (8-4-4-4-12 hex digits, not part of a longer word) starts at {@code start}. */
    private static boolean idAt(String text, int start) {
        int end = start + LENGTH;
        if (start < 0 || end > text.length() || (start > 0 && wordChar(text.charAt(start - 1)))
                || (end < text.length() && wordChar(text.charAt(end)))) {
            return false;
        }
        for (int i = 0; i < LENGTH; i++) {
            char c = text.charAt(start + i);
            boolean hyphen = i == 8 || i == 13 || i == 18 || i == 23;
            if (hyphen ? c != '-' : Character.digit(c, 16) < 0) {
                return false;
            }
        }
        return true;
    }

    private static boolean wordChar(char c) {
        return Character.isLetterOrDigit(c) || c == '_';
    }
}
