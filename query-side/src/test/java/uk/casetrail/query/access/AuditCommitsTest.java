package uk.casetrail.query.access;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.SimpleEventBus;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.AbstractPlatformTransactionManager;
import org.springframework.transaction.support.DefaultTransactionStatus;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How access events are grouped into commits: the database's part (the append, the flush) is
 * covered by the access audit's integration tests; here, who shares a commit with whom.
 */
class AuditCommitsTest {

    /** The size of each commit, in the order they were made. */
    private final List<Integer> commits = new CopyOnWriteArrayList<>();
    private final CountDownLatch firstCommitBegun = new CountDownLatch(1);
    private final CountDownLatch firstCommitMayEnd = new CountDownLatch(1);
    private AuditCommits audit;

    private AuditCommits startWith(Duration gather) {
        SimpleEventBus eventBus = SimpleEventBus.builder().build();
        eventBus.subscribe(events -> {
            if (commits.isEmpty()) {
                firstCommitBegun.countDown();
                await(firstCommitMayEnd);
            }
            commits.add(events.size());
        });
        audit = new AuditCommits(eventBus, new TransactionTemplate(new NoDatabase()), new SimpleMeterRegistry(), gather);
        return audit;
    }

    @AfterEach
    void stop() {
        audit.stop();
    }

    @Test
    void while_readers_share_commits_a_commit_waits_for_as_many_as_shared_the_last() throws Exception {
        AuditCommits commits = startWith(Duration.ofSeconds(10));
        CompletableFuture<Void> first = commits.submit(access());
        // Three readers arrive while the first commit is under way: they share the next.
        firstCommitBegun.await(5, TimeUnit.SECONDS);
        List<CompletableFuture<Void>> together = List.of(commits.submit(access()), commits.submit(access()), commits.submit(access()));
        firstCommitMayEnd.countDown();
        first.get(5, TimeUnit.SECONDS);
        CompletableFuture.allOf(together.toArray(CompletableFuture[]::new)).get(5, TimeUnit.SECONDS);

        CompletableFuture<Void> early = commits.submit(access());
        Thread.sleep(200);
        assertThat(early).as("waiting for others to join its commit").isNotDone();
        List<CompletableFuture<Void>> later = List.of(commits.submit(access()), commits.submit(access()));
        early.get(5, TimeUnit.SECONDS);
        CompletableFuture.allOf(later.toArray(CompletableFuture[]::new)).get(5, TimeUnit.SECONDS);

        assertThat(this.commits).containsExactly(1, 3, 3);
    }

    @Test
    void a_lone_reader_never_waits_for_company() throws Exception {
        AuditCommits commits = startWith(Duration.ofSeconds(30));
        firstCommitMayEnd.countDown();
        commits.submit(access()).get(5, TimeUnit.SECONDS);
        commits.submit(access()).get(5, TimeUnit.SECONDS);

        assertThat(this.commits).containsExactly(1, 1);
    }

    @Test
    void a_commit_waits_no_longer_than_the_gather_for_company_that_does_not_come() throws Exception {
        AuditCommits commits = startWith(Duration.ofMillis(300));
        CompletableFuture<Void> first = commits.submit(access());
        firstCommitBegun.await(5, TimeUnit.SECONDS);
        CompletableFuture<Void> second = commits.submit(access());
        CompletableFuture<Void> third = commits.submit(access());
        firstCommitMayEnd.countDown();
        CompletableFuture.allOf(first, second, third).get(5, TimeUnit.SECONDS);

        long began = System.nanoTime();
        commits.submit(access()).get(5, TimeUnit.SECONDS);
        long waitedMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - began);

        assertThat(waitedMillis).isBetween(250L, 3_000L);
        assertThat(this.commits).containsExactly(1, 2, 1);
    }

    private static EventMessage<?> access() {
        return GenericEventMessage.asEventMessage("an access");
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Transactions that do nothing: which events commit together is decided before the database is reached. */
    private static final class NoDatabase extends AbstractPlatformTransactionManager {
        @Override
        protected Object doGetTransaction() {
            return new Object();
        }

        @Override
        protected void doBegin(Object transaction, TransactionDefinition definition) {
        }

        @Override
        protected void doCommit(DefaultTransactionStatus status) {
        }

        @Override
        protected void doRollback(DefaultTransactionStatus status) {
        }
    }
}
