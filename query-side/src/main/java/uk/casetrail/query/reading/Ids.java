package uk.casetrail.query.reading;

import java.util.Collection;
import java.util.UUID;

/**
 * The ids a query looks up, written into it so that PostgreSQL keeps the query's plan. It plans
 * "= ANY(array)" anew at every call, as a plan made for an array of unknown length never looks as
 * cheap to it as one made for the array given; for a single case or child that planning cost more
 * than running the query. "= id" is planned once per connection. So one id is matched by equality,
 * several by ANY (where the planning is shared among them).
 */
public final class Ids {

    private final UUID[] values;

    private Ids(UUID[] values) {
        this.values = values;
    }

    public static Ids of(Collection<UUID> ids) {
        return new Ids(ids.stream().distinct().toArray(UUID[]::new));
    }

    /** The condition that the column holds one of these ids, as the named parameter :ids. */
    public String matchedBy(String column) {
        return values.length == 1 ? column + " = :ids" : column + " = ANY(:ids)";
    }

    /** The value of the parameter :ids. */
    public Object param() {
        return values.length == 1 ? values[0] : values;
    }
}
