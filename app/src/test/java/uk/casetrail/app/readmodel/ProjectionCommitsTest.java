package uk.casetrail.app.readmodel;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.AbstractEventProcessor;
import org.axonframework.eventhandling.EventBus;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.GenericTrackedEventMessage;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import uk.casetrail.app.support.CasetrailIntegrationTest;
import uk.casetrail.events.access.InspectionGrantIssued;
import uk.casetrail.events.ids.TimeOrderedIds;
import uk.casetrail.query.access.AccessControlProcessor;
import uk.casetrail.query.projecting.ProjectionCommits;
import uk.casetrail.query.rebuild.ProjectionRebuild;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Projections' batches commit without waiting for the disk (SET LOCAL: their own transaction only). */
@CasetrailIntegrationTest
class ProjectionCommitsTest {

    @Autowired
    EventProcessingConfiguration processing;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    EventBus eventBus;

    @Test
    void every_projection_processor_commits_its_batches_without_waiting_for_the_flush() {
        for (String name : ProjectionRebuild.PROCESSORS) {
            AbstractEventProcessor processor = processing.eventProcessor(name, AbstractEventProcessor.class).orElseThrow();
            assertThat(processor.getHandlerInterceptors()).as(name).filteredOn(ProjectionCommits.class::isInstance).hasSize(1);
        }
    }

    private ProjectionCommits commits() {
        return (ProjectionCommits) processing.eventProcessor(ProjectionRebuild.PROCESSORS.get(0), AbstractEventProcessor.class)
                .orElseThrow().getHandlerInterceptors().stream().filter(ProjectionCommits.class::isInstance).findFirst().orElseThrow();
    }

    private static EventMessage<?> tracked(long position, String payload) {
        return new GenericTrackedEventMessage<>(new GlobalSequenceTrackingToken(position), GenericEventMessage.asEventMessage(payload));
    }

    @Test
    void a_projection_batch_commits_without_waiting_for_the_flush() {
        ProjectionCommits commits = commits();
        List<String> seen = new ArrayList<>();
        transaction.executeWithoutResult(tx -> {
            // As production's server is set; the tests' embedded server runs with it off throughout.
            jdbc.execute("SET LOCAL synchronous_commit TO ON");
            BatchingUnitOfWork<EventMessage<?>> batch = new BatchingUnitOfWork<>(List.of(tracked(1, "one"), tracked(2, "two")));
            batch.executeWithResult(() -> commits.handle(batch, () -> {
                seen.add(jdbc.queryForObject("SHOW synchronous_commit", String.class));
                return null;
            }));
        });
        assertThat(seen).containsExactly("off", "off");
    }

    /**
     * Access control is projected inside the writer's own transaction (a subscribing processor), so the
     * projections' way of committing must not reach it: the write, and every access event, would then be
     * acknowledged before it was on disk.
     */
    @Test
    void a_write_that_access_control_projects_in_its_transaction_still_waits_for_the_flush() {
        String seen = transaction.execute(tx -> {
            jdbc.execute("SET LOCAL synchronous_commit TO ON");
            Instant now = Instant.now();
            eventBus.publish(GenericEventMessage.asEventMessage(new InspectionGrantIssued(TimeOrderedIds.next(), "ivy",
                            "Durability", now, now.plus(1, ChronoUnit.DAYS)))
                    .andMetaData(Map.of("user", "root", "role", "ADMIN")));
            return jdbc.queryForObject("SHOW synchronous_commit", String.class);
        });
        assertThat(seen).isEqualTo("on");
        assertThat(processing.eventProcessor(AccessControlProcessor.NAME, AbstractEventProcessor.class).orElseThrow()
                .getHandlerInterceptors()).noneMatch(ProjectionCommits.class::isInstance);
    }
}
