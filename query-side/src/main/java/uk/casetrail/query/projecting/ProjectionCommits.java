package uk.casetrail.query.projecting;

import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A projection's batch commits without waiting for PostgreSQL to flush it to disk. Every command
 * waits for its own commit's flush, and flushes queue behind each other: with two projections
 * committing after every command, a command waited for three. A projection's rows and its tokens
 * commit together, so a crash can lose only its last few batches whole, never half of one, and the
 * processors project those events again from the log, which is durable: a node that restarts reads
 * its tokens back, and one whose database restarted under it does too, as its calls fail while the
 * database is down (a processor polls the log every second). Not covered: PostgreSQL crashing and
 * recovering between two of a processor's calls. Read models are derived data; the log and the access events
 * are not, and their commits still wait.
 * <p>
 * Not a Spring bean: Axon's Spring Boot support registers every handler-interceptor bean with every
 * event processor, the access-control projection among them, which runs inside the writer's own
 * transaction; so every write and every access event was acknowledged before it was on disk. It is
 * registered with the streaming processors by name, and acts only on a streaming processor's batch.
 */
public class ProjectionCommits implements MessageHandlerInterceptor<EventMessage<?>> {

    private static final String MARKED = ProjectionCommits.class.getName() + ".marked";

    private final JdbcTemplate jdbc;

    public ProjectionCommits(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Object handle(UnitOfWork<? extends EventMessage<?>> unitOfWork, InterceptorChain interceptorChain) throws Exception {
        UnitOfWork<?> batch = unitOfWork.root();
        // A streaming processor's batch holds tracked events; a subscribing processor's are the writer's own.
        if (unitOfWork.getMessage() instanceof TrackedEventMessage<?> && batch.getResource(MARKED) == null) {
            batch.resources().put(MARKED, Boolean.TRUE);
            // SET LOCAL: for this transaction only; the connection goes back to the pool as it was.
            jdbc.execute("SET LOCAL synchronous_commit TO OFF");
        }
        return interceptorChain.proceed();
    }
}
