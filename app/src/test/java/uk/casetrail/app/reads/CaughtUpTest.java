package uk.casetrail.app.reads;

import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import uk.casetrail.app.support.Api;
import uk.casetrail.app.support.CasetrailIntegrationTest;
import uk.casetrail.app.support.Projections;
import uk.casetrail.command.child.ChildDetails;
import uk.casetrail.command.child.RegisterChild;
import uk.casetrail.events.codes.Sex;
import uk.casetrail.events.identity.LaChildId;
import uk.casetrail.events.ids.ChildId;
import uk.casetrail.query.rebuild.ProjectionRebuild;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * "Caught up" (what the benchmark, the tests and an operator waiting on a rebuild rely on) means every
 * stored event has been projected, including one committed after later events were projected: the
 * processors keep its position as a gap and handle it afterwards.
 */
@CasetrailIntegrationTest
class CaughtUpTest {

    @Value("${local.server.port}")
    int port;

    @Autowired
    ProjectionRebuild projections;

    @Autowired
    CommandGateway commands;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    EventProcessingConfiguration processing;

    @Autowired
    JdbcClient jdbc;

    @Test
    void an_event_committed_behind_events_already_projected_is_work_still_to_do() {
        ChildId late = new ChildId(UUID.randomUUID());
        transaction.executeWithoutResult(status -> {
            // The command joins this transaction: its event takes a position but is not committed yet.
            commands.sendAndWait(GenericCommandMessage.asCommandMessage(new RegisterChild(late, LaChildId.derivedFrom(late.value()),
                    new ChildDetails("Lately", "Committed", LocalDate.of(2019, 4, 4), null, Sex.FEMALE, null, null, null, null,
                            null, null, List.of()))).andMetaData(Map.of("user", "alice", "role", "SOCIAL_WORKER", "team", "North")));
            Api.at(port).as("alice").post("/api/children", "{\"givenName\":\"Promptly\",\"familyName\":\"Committed\",\"dateOfBirth\":\"2019-04-04\"}");
            // A position that holds no committed event is no work: most never will (a rolled-back append).
            // Asked from another thread, outside this transaction, as any reader would.
            CompletableFuture.runAsync(() -> Projections.awaitCaughtUp(projections)).join();
            ProjectionRebuild.PROCESSORS.forEach(name -> processor(name).shutDown());
        });
        try {
            assertThat(projections.caughtUp()).as("caught up while a committed event is still to be projected").isFalse();
        } finally {
            ProjectionRebuild.PROCESSORS.forEach(name -> processor(name).start());
        }
        Projections.awaitCaughtUp(projections);
        assertThat(jdbc.sql("SELECT count(*) FROM child_summary WHERE child_id = ?").param(late.value()).query(Long.class).single())
                .isEqualTo(1);
    }

    private StreamingEventProcessor processor(String name) {
        return processing.eventProcessor(name, StreamingEventProcessor.class).orElseThrow();
    }
}
