package uk.casetrail.ui.audit;

import org.springframework.web.util.UriComponentsBuilder;

import java.util.Map;

/** The link from a page of access entries, newest first, to the entries before them. */
public final class OlderEntries {

    private OlderEntries() {
    }

    /** @return the page's address with the answer's cursor, or null when the page holds the oldest entries */
    public static String href(UriComponentsBuilder page, Map<String, Object> log) {
        Object cursor = log.get("nextCursor");
        return cursor == null ? null : page.cloneBuilder().queryParam("cursor", cursor).encode().toUriString();
    }
}
