package uk.casetrail.command.web;

import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import uk.casetrail.command.journey.NoWriteBasis;

import java.util.Map;
import java.util.function.LongFunction;
import java.util.function.Supplier;

/**
 * The one way an HTTP write reaches the write model. In a single database transaction it honours
 * the Idempotency-Key, checks that the addressed record exists and is at the expected version,
 * sends the command with the actor's metadata, and answers with the record's new version.
 */
@Component
public class CommandSubmission {

    private final CommandGateway commands;
    private final RecordHeads heads;
    private final TransactionTemplate transaction;
    private final IdempotentRequests idempotentRequests;
    private final Actors actors;
    private final AggregateWrites writes;
    private final RefusedWrites refusals;

    CommandSubmission(CommandGateway commands, RecordHeads heads, TransactionTemplate transaction,
                      IdempotentRequests idempotentRequests, Actors actors, AggregateWrites writes,
                      RefusedWrites refusals) {
        this.writes = writes;
        this.refusals = refusals;
        this.commands = commands;
        this.heads = heads;
        this.transaction = transaction;
        this.idempotentRequests = idempotentRequests;
        this.actors = actors;
    }

    /**
     * @param request the request body, fingerprinted so that a key reused for another request is refused
     * @param command builds the command (the version a conditional write expects is compared here, once the
     *                command has been accepted)
     * @param answer  builds the answer from the record's new version
     */
    ResponseEntity<WriteAnswer> submit(WriteContext context, WriteTarget target, HttpStatus status, Object request,
                                       Supplier<Object> command, LongFunction<WriteAnswer> answer) {
        return submit(context, target, status, request, () -> { }, command, answer);
    }

    /**
     * @param mayWrite checks, once the record is known to exist, that the person may write on it, throwing
     *                 {@link NoWriteBasis} if not (a case checks this itself, from its own events)
     */
    ResponseEntity<WriteAnswer> submit(WriteContext context, WriteTarget target, HttpStatus status, Object request,
                                       Runnable mayWrite, Supplier<Object> command, LongFunction<WriteAnswer> answer) {
        Actor actor = actors.current();
        try {
            return recorded(context, target, status, mayWrite, command, answer, actor, request);
        } catch (NoWriteBasis refused) {
            // Audited once the write's transaction has rolled back and let go of the record.
            refusals.record(refused.child(), refused.attempted(), refused.getMessage());
            throw refused;
        }
    }

    private ResponseEntity<WriteAnswer> recorded(WriteContext context, WriteTarget target, HttpStatus status,
                                                 Runnable mayWrite, Supplier<Object> command, LongFunction<WriteAnswer> answer,
                                                 Actor actor, Object request) {
        return transaction.execute(tx -> {
            ResponseEntity<WriteAnswer> answered = idempotentRequests.answerOnce(actor.user(), context.idempotencyKey(),
                    context.requestLine(), request, WriteAnswer.class,
                    () -> ResponseEntity.status(status).header(WriteContextResolver.CORRELATION_HEADER, context.correlationId())
                            .body(sent(context, target, mayWrite, command, answer, actor)));
            // A replayed answer carries the version the first one did.
            return ResponseEntity.status(answered.getStatusCode()).headers(answered.getHeaders())
                    .eTag(Long.toString(answered.getBody().version())).body(answered.getBody());
        });
    }

    private WriteAnswer sent(WriteContext context, WriteTarget target, Runnable mayWrite, Supplier<Object> command,
                             LongFunction<WriteAnswer> answer, Actor actor) {
        AggregateWrites.Write write = writes.begin(target.aggregateId());
        long found = -1;
        if (!target.creates()) {
            found = requireExisting(target);
            write.found(found);
        }
        mayWrite.run();
        try {
            // The command goes first, and the version the client expected is compared only once the command is
            // accepted (the lock holds the record as it was meanwhile, and a mismatch rolls the command back):
            // so a person who may not write on the record is refused, and audited, before anything about it,
            // even its version, is told to them.
            commands.sendAndWait(GenericCommandMessage.asCommandMessage(command.get()).andMetaData(metaData(actor, context)));
            requireExpected(target, context.expectedVersion(), found);
            WriteAnswer body = answer.apply(heads.of(target.aggregateId()).orElseThrow().version());
            write.recorded(body.version());
            return body;
        } catch (RuntimeException e) {
            write.failed();
            throw e;
        }
    }

    /** @return the aggregate's version in the log */
    private long requireExisting(WriteTarget target) {
        // Only the last event is read: a long-running case must not cost its whole stream per write.
        return heads.of(target.aggregateId())
                .filter(head -> target.kind().aggregateType.equals(head.recordType()))
                .orElseThrow(() -> new AggregateNotFoundException(target.aggregateId(), "no " + target.kind().noun + " " + target.aggregateId()))
                .version();
    }

    private static void requireExpected(WriteTarget target, Long expectedVersion, long found) {
        if (!target.creates() && expectedVersion != null && found != expectedVersion) {
            throw new StaleVersion(target.kind().noun, expectedVersion, found);
        }
    }

    private static MetaData metaData(Actor actor, WriteContext context) {
        Map<String, Object> values = new java.util.HashMap<>();
        values.put("user", actor.user());
        values.put("role", actor.role());
        if (actor.team() != null) {
            values.put("team", actor.team());
        }
        values.put("correlationId", context.correlationId());
        values.put("clientAddress", context.clientAddress());
        return MetaData.from(values);
    }
}
