package uk.casetrail.query.access;

import org.axonframework.common.Registration;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.AbstractEventProcessor;
import org.axonframework.eventhandling.EventBus;
import org.axonframework.eventhandling.EventHandlerInvoker;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.SubscribableMessageSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * What the access-control processor subscribes to (application.yml names this bean as its source):
 * the events published on the bus that one of its handlers takes, and no others. The processor runs in
 * the publishing thread, inside the transaction of every command and every audited read; given every
 * event, it opened a unit of work for each batch only to find that nearly none was for it.
 */
@Component(AccessControlEvents.BEAN)
class AccessControlEvents implements SubscribableMessageSource<EventMessage<?>> {

    static final String BEAN = "accessControlEvents";

    private final EventBus eventBus;
    private final Supplier<EventHandlerInvoker> processorHandlers;
    private final Map<Class<?>, Boolean> taken = new ConcurrentHashMap<>();
    private volatile EventHandlerInvoker handlers;

    @Autowired
    AccessControlEvents(EventBus eventBus, ObjectProvider<EventProcessingConfiguration> processing) {
        // The processor is built from this source, so its handlers are looked up once events flow.
        this(eventBus, () -> processing.getObject().eventProcessor(AccessControlProcessor.NAME, AbstractEventProcessor.class)
                .map(AbstractEventProcessor::eventHandlerInvoker).orElse(null));
    }

    AccessControlEvents(EventBus eventBus, Supplier<EventHandlerInvoker> processorHandlers) {
        this.eventBus = eventBus;
        this.processorHandlers = processorHandlers;
    }

    @Override
    public Registration subscribe(Consumer<List<? extends EventMessage<?>>> processor) {
        return eventBus.subscribe(events -> {
            List<? extends EventMessage<?>> wanted = events.stream().filter(this::taken).toList();
            if (!wanted.isEmpty()) {
                processor.accept(wanted);
            }
        });
    }

    private boolean taken(EventMessage<?> event) {
        EventHandlerInvoker invoker = handlers();
        // Until the processor can be asked, it is given everything, as it was without this source.
        return invoker == null || taken.computeIfAbsent(event.getPayloadType(), invoker::canHandleType);
    }

    private EventHandlerInvoker handlers() {
        if (handlers == null) {
            handlers = processorHandlers.get();
        }
        return handlers;
    }
}
