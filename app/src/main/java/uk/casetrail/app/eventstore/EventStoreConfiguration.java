package uk.casetrail.app.eventstore;

import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.jdbc.PersistenceExceptionResolver;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventhandling.EventBusSpanFactory;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventhandling.tokenstore.jdbc.JdbcTokenStore;
import org.axonframework.eventhandling.tokenstore.jdbc.TokenSchema;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.json.JacksonSerializer;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import uk.casetrail.query.scaling.NodeIdentity;

import javax.sql.DataSource;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.UUID;

/**
 * Axon's JDBC event store and token store on PostgreSQL (tables made by Flyway, payloads as
 * {@code bytea}), with one Jackson serializer for events, messages, snapshots and tokens.
 */
@Configuration(proxyBeanMethods = false)
public class EventStoreConfiguration {

    @Bean
    @Primary
    Serializer serializer() {
        return JacksonSerializer.builder().objectMapper(EventJson.objectMapper()).build();
    }

    @Bean
    @Qualifier("messageSerializer")
    Serializer messageSerializer() {
        return serializer();
    }

    @Bean
    @Qualifier("eventSerializer")
    Serializer eventSerializer() {
        return serializer();
    }

    @Bean
    EventSchema eventSchema() {
        return eventSchema("domain_event_entry");
    }

    /** The event table's columns, in the named table (a test's copy of the log has the same). */
    static EventSchema eventSchema(String eventTable) {
        return EventSchema.builder()
                .eventTable(eventTable)
                .snapshotTable("snapshot_event_entry")
                .globalIndexColumn("global_index")
                .timestampColumn("time_stamp")
                .eventIdentifierColumn("event_identifier")
                .aggregateIdentifierColumn("aggregate_identifier")
                .sequenceNumberColumn("sequence_number")
                .typeColumn("type")
                .payloadTypeColumn("payload_type")
                .payloadRevisionColumn("payload_revision")
                .payloadColumn("payload")
                .metaDataColumn("meta_data")
                .build();
    }

    /**
     * Not Axon's default, which wraps Spring's provider in one that also ties the connection to the unit
     * of work and closes it again when the unit of work is cleaned up, after the transaction has already
     * given it back to the pool (a second close: ConnectionsClosedOnce says what that costs). Every unit
     * of work here runs in a Spring transaction, which alone keeps its statements on one connection.
     */
    @Bean
    ConnectionProvider connectionProvider(DataSource dataSource) {
        return new ConnectionsClosedOnce(dataSource);
    }

    @Bean
    PersistenceExceptionResolver persistenceExceptionResolver() {
        return new DuplicateAggregateSequenceResolver();
    }

    @Bean
    EventStorageEngine eventStorageEngine(@Qualifier("eventSerializer") Serializer eventSerializer,
                                          Serializer snapshotSerializer,
                                          PersistenceExceptionResolver persistenceExceptionResolver,
                                          org.axonframework.config.Configuration configuration,
                                          ConnectionProvider connectionProvider,
                                          TransactionManager transactionManager,
                                          EventSchema eventSchema) {
        return JdbcEventStorageEngine.builder()
                .eventSerializer(eventSerializer)
                .snapshotSerializer(snapshotSerializer)
                .upcasterChain(configuration.upcasterChain())
                .snapshotFilter(configuration.snapshotFilter())
                .persistenceExceptionResolver(persistenceExceptionResolver)
                .connectionProvider(connectionProvider)
                .transactionManager(new StorageTransactions(transactionManager))
                .schema(eventSchema)
                .dataType(byte[].class)
                // Rows per query when a processor reads the log: large enough that a rebuild is not
                // dominated by round trips, small enough to keep a batch of payloads cheap in memory.
                .batchSize(1000)
                .readEventDataWithoutGaps(LogReadStatements::withoutGaps)
                .readEventDataWithGaps(LogReadStatements::withGaps)
                // Those statements never answer empty before the end of the log, however wide a gap.
                .extendedGapCheckEnabled(false)
                .build();
    }

    /**
     * Axon's embedded event store as Axon's Spring Boot support makes it, but for when the processors
     * hear of a commit (LingeringEventStore).
     *
     * @param linger how long after a commit the processors are told of it; what is committed meanwhile
     *               is read from the log and projected together
     */
    @Bean
    EmbeddedEventStore eventStore(EventStorageEngine storageEngine, org.axonframework.config.Configuration configuration,
                                  @Value("${casetrail.projections.linger}") Duration linger) {
        return new LingeringEventStore(EmbeddedEventStore.builder()
                .storageEngine(storageEngine)
                .messageMonitor(configuration.messageMonitor(EventStore.class, "eventStore"))
                .spanFactory(configuration.getComponent(EventBusSpanFactory.class)), linger);
    }

    /** Unique per running application, so that two applications in one JVM (as in tests) never share claims. */
    @Bean
    NodeIdentity nodeIdentity() {
        return new NodeIdentity(ManagementFactory.getRuntimeMXBean().getName() + "/" + UUID.randomUUID().toString().substring(0, 8));
    }

    @Bean
    TokenStore tokenStore(ConnectionProvider connectionProvider, Serializer serializer, NodeIdentity node) {
        return JdbcTokenStore.builder()
                .connectionProvider(connectionProvider)
                .serializer(serializer)
                .schema(TokenSchema.builder()
                        .setTokenTable("token_entry")
                        .setProcessorNameColumn("processor_name")
                        .setSegmentColumn("segment")
                        .setTokenColumn("token")
                        .setTokenTypeColumn("token_type")
                        .setTimestampColumn("time_stamp")
                        .setOwnerColumn("owner")
                        .build())
                .contentType(byte[].class)
                .nodeId(node.id())
                .build();
    }
}
