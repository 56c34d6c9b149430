package uk.casetrail.app.writemodel;

import org.axonframework.common.caching.WeakReferenceCache;
import org.axonframework.config.AggregateConfigurer;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.messaging.correlation.MessageOriginProvider;
import org.axonframework.messaging.correlation.SimpleCorrelationDataProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import uk.casetrail.command.casework.Case;
import uk.casetrail.command.casework.RegisteredChildren;
import uk.casetrail.command.child.ChildRecord;

/**
 * Wires the aggregates into Axon without putting Spring into the domain classes, and records who
 * acted on every event.
 */
@Configuration(proxyBeanMethods = false)
public class WriteModelConfiguration {

    /**
     * Each aggregate is kept in memory between commands instead of being replayed from its whole
     * stream every time. The cache may be stale when another node wrote the same aggregate: the
     * append then collides on (aggregate, sequence) and answers 409, and Axon evicts the entry on
     * that rollback, so the retry loads the stream afresh. Nothing is lost, only one retry is paid;
     * the load balancer routes a case to one node, which keeps that rare.
     */
    @Bean
    ConfigurerModule aggregates() {
        return configurer -> configurer
                .configureAggregate(AggregateConfigurer.defaultConfiguration(ChildRecord.class)
                        .configureCache(c -> new WeakReferenceCache()))
                .configureAggregate(AggregateConfigurer.defaultConfiguration(Case.class)
                        .configureCache(c -> new WeakReferenceCache()));
    }

    /**
     * Copies who acted, from where and under which request from each command onto the events it
     * records. Axon's own message origin is kept as causationId (the command's id) and traceId.
     */
    @Bean
    CorrelationDataProvider actingMetadata() {
        return new SimpleCorrelationDataProvider("user", "role", "team", "correlationId", "clientAddress");
    }

    @Bean
    CorrelationDataProvider messageOrigin() {
        return new MessageOriginProvider("causationId", "traceId");
    }

    @Bean
    RegisteredChildren registeredChildren(EventStore eventStore) {
        return new StoredChildren(eventStore);
    }
}
