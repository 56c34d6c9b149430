package uk.casetrail.query.reading;

import java.util.UUID;

/**
 * What a read touches: the kind of resource, and the child whose data it is (null for listings that
 * span children, such as the register or a caseload).
 */
public record ReadOf(String resource, UUID childId) {

    public static ReadOf child(String resource, UUID childId) {
        return new ReadOf(resource, childId);
    }

    public static ReadOf listing(String resource) {
        return new ReadOf(resource, null);
    }
}
