package uk.casetrail.app.monitoring;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.Timer;
import org.axonframework.messaging.Message;
import org.axonframework.monitoring.MessageMonitor;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * Times the messages a component handles, by the message's type: commands on the command bus, events
 * in each projection processor. The meters are those Axon's Micrometer monitors made
 * ({@code commandBus_allTimer_seconds{payloadType=...}}, {@code eventProcessor_allTimer_seconds{processorName=...,payloadType=...}}),
 * made once per type and kept. Axon's four monitors per component built their tags and looked their
 * meters up in the registry for every message, and recorded every event a processor merely ignores
 * (each processor is handed every event, every audited read's access event among them): a fifth of
 * the application's processor time per audited read.
 */
final class MessageTimers implements MessageMonitor<Message<?>> {

    private record Meters(Timer all, Timer success, Timer failure, Counter failures) {
    }

    private final MeterRegistry registry;
    private final String component;
    private final Tags tags;
    private final Map<Class<?>, Meters> byType = new ConcurrentHashMap<>();

    MessageTimers(MeterRegistry registry, String component, Tags tags) {
        this.registry = registry;
        this.component = component;
        this.tags = tags;
    }

    @Override
    public MonitorCallback onMessageIngested(Message<?> message) {
        Class<?> type = message.getPayloadType();
        long started = System.nanoTime();
        return new MonitorCallback() {
            @Override
            public void reportSuccess() {
                long took = System.nanoTime() - started;
                Meters meters = meters(type);
                meters.all().record(took, TimeUnit.NANOSECONDS);
                meters.success().record(took, TimeUnit.NANOSECONDS);
            }

            @Override
            public void reportFailure(Throwable cause) {
                long took = System.nanoTime() - started;
                Meters meters = meters(type);
                meters.all().record(took, TimeUnit.NANOSECONDS);
                meters.failure().record(took, TimeUnit.NANOSECONDS);
                meters.failures().increment();
            }

            @Override
            public void reportIgnored() {
                // An event the component has no handler for is not work it did.
            }
        };
    }

    private Meters meters(Class<?> type) {
        return byType.computeIfAbsent(type, t -> {
            Tags typed = tags.and("payloadType", t.getSimpleName());
            return new Meters(timer("allTimer", typed), timer("successTimer", typed), timer("failureTimer", typed),
                    Counter.builder(component + ".failureCounter").tags(typed).register(registry));
        });
    }

    private Timer timer(String name, Tags typed) {
        return Timer.builder(component + "." + name).tags(typed).register(registry);
    }
}
