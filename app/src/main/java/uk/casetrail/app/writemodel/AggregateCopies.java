package uk.casetrail.app.writemodel;

import org.axonframework.common.caching.Cache;
import uk.casetrail.command.web.CachedAggregates;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The in-memory copies of children's records and cases, with the version at which this node last
 * committed each: a copy is trusted only when the log is still at that version.
 */
final class AggregateCopies implements CachedAggregates {

    private static final int REMEMBERED = 200_000;

    private final Cache children;
    private final Cache cases;
    private final Map<String, Long> committedVersions = Collections.synchronizedMap(
            new LinkedHashMap<>(1024, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, Long> eldest) {
                    return size() > REMEMBERED;
                }
            });

    AggregateCopies(Cache children, Cache cases) {
        this.children = children;
        this.cases = cases;
    }

    @Override
    public void forget(String aggregateId) {
        committedVersions.remove(aggregateId);
        drop(aggregateId);
    }

    @Override
    public void distrust(String aggregateId) {
        committedVersions.remove(aggregateId);
    }

    @Override
    public void committed(String aggregateId, long version) {
        committedVersions.put(aggregateId, version);
    }

    @Override
    public void keepOnlyIfAt(String aggregateId, long version) {
        Long known = committedVersions.get(aggregateId);
        if (known == null || known != version) {
            drop(aggregateId);
        }
    }

    private void drop(String aggregateId) {
        children.remove(aggregateId);
        cases.remove(aggregateId);
    }
}
