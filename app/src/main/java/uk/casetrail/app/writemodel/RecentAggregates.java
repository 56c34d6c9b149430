package uk.casetrail.app.writemodel;

import com.github.benmanes.caffeine.cache.Caffeine;
import org.axonframework.common.Registration;
import org.axonframework.common.caching.Cache;

import java.util.concurrent.ConcurrentMap;
import java.util.function.Supplier;

/**
 * The aggregates of one kind in use, up to a bound (beyond it Caffeine keeps those used most recently
 * and most often): Axon's cache between commands. Axon's WeakReferenceCache let the collector drop a
 * copy as soon as its command ended, and under load a young collection runs many times a second, so
 * commands sourced their aggregates from their whole streams again (a quarter of the command threads'
 * time at sixteen threads, growing with the streams).
 */
final class RecentAggregates implements Cache {

    private final ConcurrentMap<Object, Object> entries;

    RecentAggregates(long bound) {
        this.entries = Caffeine.newBuilder().maximumSize(bound).build().asMap();
    }

    @Override
    @SuppressWarnings("unchecked")
    public <K, V> V get(K key) {
        return (V) entries.get(key);
    }

    @Override
    public void put(Object key, Object value) {
        entries.put(key, value);
    }

    @Override
    public boolean putIfAbsent(Object key, Object value) {
        return entries.putIfAbsent(key, value) == null;
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> T computeIfAbsent(Object key, Supplier<T> valueSupplier) {
        return (T) entries.computeIfAbsent(key, k -> valueSupplier.get());
    }

    @Override
    public boolean remove(Object key) {
        return entries.remove(key) != null;
    }

    @Override
    public void removeAll() {
        entries.clear();
    }

    @Override
    public boolean containsKey(Object key) {
        return entries.containsKey(key);
    }

    /** Axon's aggregate repositories register none; a listener would never be told of an eviction here. */
    @Override
    public Registration registerCacheEntryListener(EntryListener cacheEntryListener) {
        throw new UnsupportedOperationException("the aggregate cache tells no listeners of its entries");
    }
}
