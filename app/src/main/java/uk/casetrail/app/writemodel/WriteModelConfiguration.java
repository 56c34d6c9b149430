package uk.casetrail.app.writemodel;

import org.axonframework.common.caching.Cache;
import org.axonframework.config.AggregateConfigurer;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.messaging.correlation.MessageOriginProvider;
import org.axonframework.messaging.correlation.SimpleCorrelationDataProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.context.annotation.Configuration;
import uk.casetrail.command.casework.Case;
import uk.casetrail.command.casework.RegisteredChildren;
import uk.casetrail.command.child.ChildRecord;
import uk.casetrail.command.web.CachedAggregates;

/**
 * Wires the aggregates into Axon without putting Spring into the domain classes, and records who
 * acted on every event.
 */
@Configuration(proxyBeanMethods = false)
public class WriteModelConfiguration {

    private final Cache children;
    private final Cache cases;

    WriteModelConfiguration(@Value("${casetrail.write-model.cached-aggregates}") long cachedOfEachKind) {
        this.children = new RecentAggregates(cachedOfEachKind);
        this.cases = new RecentAggregates(cachedOfEachKind);
    }

    /**
     * The aggregates in use are kept in memory between commands (up to a bound) instead of being replayed
     * from their whole streams every time. An HTTP write uses the copy only when this node committed the version the
     * log holds (AggregateWrites, AggregateCopies); were a stale copy ever used, its append would
     * collide on (aggregate, sequence), answer 409, and Axon would drop the copy on that rollback.
     */
    @Bean
    ConfigurerModule aggregates() {
        CommandTargets targets = new CommandTargets();
        return configurer -> configurer
                .configureAggregate(AggregateConfigurer.defaultConfiguration(ChildRecord.class).configureCache(c -> children)
                        .configureCommandTargetResolver(c -> targets))
                .configureAggregate(AggregateConfigurer.defaultConfiguration(Case.class).configureCache(c -> cases)
                        .configureCommandTargetResolver(c -> targets));
    }

    @Bean
    CachedAggregates cachedAggregates() {
        return new AggregateCopies(children, cases);
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
    RegisteredChildren registeredChildren(EventStore eventStore, JdbcClient jdbc) {
        return new StoredChildren(eventStore, jdbc);
    }
}
