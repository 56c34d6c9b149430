package uk.casetrail.app.bench;

import com.sun.management.GarbageCollectionNotificationInfo;

import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

/**
 * The most heap left in use after any collection while a step ran: what the step kept, not the garbage
 * it made. The peak of heap in use says more about the collector's pacing than about the step, so a
 * claim that memory stays flat as the authority grows is judged by this figure.
 */
final class HeapWatch implements NotificationListener, AutoCloseable {

    private final Set<String> heapPools = ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter(p -> p.getType() == MemoryType.HEAP).map(MemoryPoolMXBean::getName).collect(Collectors.toSet());
    private final List<GarbageCollectorMXBean> collectors = ManagementFactory.getGarbageCollectorMXBeans();
    private final AtomicLong mostAfterCollection = new AtomicLong();

    HeapWatch() {
        collectors.forEach(c -> ((NotificationEmitter) c).addNotificationListener(this, null, null));
    }

    @Override
    public void handleNotification(Notification notification, Object handback) {
        if (!GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
            return;
        }
        GarbageCollectionNotificationInfo info = GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData());
        long kept = info.getGcInfo().getMemoryUsageAfterGc().entrySet().stream()
                .filter(pool -> heapPools.contains(pool.getKey())).mapToLong(pool -> pool.getValue().getUsed()).sum();
        mostAfterCollection.accumulateAndGet(kept, Math::max);
    }

    /** MiB; zero when no collection ran during the step. */
    long mostAfterCollectionMiB() {
        return mostAfterCollection.get() / (1024 * 1024);
    }

    @Override
    public void close() {
        for (GarbageCollectorMXBean collector : collectors) {
            try {
                ((NotificationEmitter) collector).removeNotificationListener(this);
            } catch (javax.management.ListenerNotFoundException gone) {
                // Already removed: nothing to undo.
            }
        }
    }
}
