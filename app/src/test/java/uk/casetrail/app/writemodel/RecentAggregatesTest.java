package uk.casetrail.app.writemodel;

import org.junit.jupiter.api.Test;

import java.lang.ref.WeakReference;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class RecentAggregatesTest {

    @Test
    void anAggregateUsedByNoCommandStaysCachedThroughAGarbageCollection() {
        RecentAggregates cache = new RecentAggregates(10);
        cache.put("case-1", new Object());
        // A canary only weakly held shows that a collection has cleared weak references meanwhile.
        WeakReference<Object> canary = new WeakReference<>(new Object());
        await().atMost(10, TimeUnit.SECONDS).until(() -> {
            System.gc();
            return canary.get() == null;
        });
        assertThat(cache.containsKey("case-1")).isTrue();
        assertThat((Object) cache.get("case-1")).isNotNull();
    }

    @Test
    void keepsNoMoreThanItsBound() {
        RecentAggregates cache = new RecentAggregates(100);
        for (int i = 0; i < 1_000; i++) {
            cache.put("case-" + i, new Object());
        }
        await().atMost(10, TimeUnit.SECONDS).until(() -> {
            int held = 0;
            for (int i = 0; i < 1_000; i++) {
                held += cache.containsKey("case-" + i) ? 1 : 0;
            }
            return held <= 100;
        });
        assertThat(cache.containsKey("case-999")).isTrue();
    }

    @Test
    void aCopyRemovedOrReplacedIsNotAnsweredAgain() {
        RecentAggregates cache = new RecentAggregates(10);
        Object first = new Object();
        Object second = new Object();
        assertThat(cache.putIfAbsent("case-1", first)).isTrue();
        assertThat(cache.putIfAbsent("case-1", second)).isFalse();
        assertThat((Object) cache.get("case-1")).isSameAs(first);
        cache.put("case-1", second);
        assertThat((Object) cache.get("case-1")).isSameAs(second);
        assertThat(cache.remove("case-1")).isTrue();
        assertThat(cache.containsKey("case-1")).isFalse();
        assertThat(cache.<Object>computeIfAbsent("case-1", () -> first)).isSameAs(first);
        cache.removeAll();
        assertThat((Object) cache.get("case-1")).isNull();
    }
}
