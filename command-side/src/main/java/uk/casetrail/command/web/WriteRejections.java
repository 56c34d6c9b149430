package uk.casetrail.command.web;

import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.axonframework.modelling.command.ConflictingModificationException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import uk.casetrail.command.journey.InvalidEntry;
import uk.casetrail.command.journey.JourneyRuleBroken;
import uk.casetrail.command.journey.NoWriteBasis;
import uk.casetrail.command.journey.UnknownEntry;

import java.util.List;
import java.util.Map;

/** How the write model's refusals reach a client: problem+json that says what to do next. */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class WriteRejections {

    @ExceptionHandler(InvalidEntry.class)
    ProblemDetail invalid(InvalidEntry e) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "Invalid input", e.getMessage());
        problem.setProperty("errors", List.of(Map.of("field", e.field(), "message", e.getMessage())));
        return problem;
    }

    @ExceptionHandler(JourneyRuleBroken.class)
    ProblemDetail journeyRule(JourneyRuleBroken e) {
        ProblemDetail problem = problem(HttpStatus.CONFLICT, "Not allowed at this point in the journey", e.getMessage());
        problem.setProperty("rule", e.rule());
        return problem;
    }

    @ExceptionHandler({UnknownEntry.class, AggregateNotFoundException.class})
    ProblemDetail unknown(RuntimeException e) {
        return problem(HttpStatus.NOT_FOUND, "Not found", e.getMessage());
    }

    @ExceptionHandler(NoWriteBasis.class)
    ProblemDetail noBasis(NoWriteBasis e) {
        return problem(HttpStatus.FORBIDDEN, "No access to this record", e.getMessage());
    }

    @ExceptionHandler(StaleVersion.class)
    ProblemDetail stale(StaleVersion e) {
        return problem(HttpStatus.CONFLICT, "Changed since you read it", e.getMessage());
    }

    @ExceptionHandler({ConcurrencyException.class, ConflictingModificationException.class,
            AggregateStreamCreationException.class})
    ProblemDetail concurrentWrite(RuntimeException e) {
        return problem(HttpStatus.CONFLICT, "Changed since you read it",
                "someone else recorded on this record at the same moment; reload it, check what changed and try again");
    }

    @ExceptionHandler(IdempotencyKeyReused.class)
    ProblemDetail keyReused(IdempotencyKeyReused e) {
        return problem(HttpStatus.UNPROCESSABLE_ENTITY, "Idempotency-Key reused", e.getMessage());
    }

    private static ProblemDetail problem(HttpStatus status, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        return problem;
    }
}
