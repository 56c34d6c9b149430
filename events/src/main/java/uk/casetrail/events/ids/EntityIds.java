package uk.casetrail.events.ids;

import java.util.UUID;

/** The parsing rule all our opaque ids share: a UUID, with a message that names the kind of id. */
final class EntityIds {

    private EntityIds() {
    }

    static void require(UUID value, String kind) {
        if (value == null) {
            throw new IllegalArgumentException(kind + " is required");
        }
    }

    static UUID parse(String text, String kind) {
        try {
            return UUID.fromString(text);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new IllegalArgumentException("'" + text + "' is not a valid " + kind + " (a UUID)");
        }
    }
}
