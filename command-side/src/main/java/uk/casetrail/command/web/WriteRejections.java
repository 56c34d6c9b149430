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
import uk.casetrail.command.journey.UnknownEntry;

import java.util.List;
import java.util.Map;

/** How the write model's refusals reach a client: problem+json that says what to do next. */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class WriteRejections {

    @ExceptionHandler(InvalidEntry.class)
    ProblemDetail invalid(InvalidEntry e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
        problem.setTitle("Invalid input");
        problem.setProperty("errors", List.of(Map.of("field", e.field(), "message", e.getMessage())));
        return problem;
    }

    @ExceptionHandler(JourneyRuleBroken.class)
    ProblemDetail journeyRule(JourneyRuleBroken e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
        problem.setTitle("Not allowed at this point in the journey");
        problem.setProperty("rule", e.rule());
        return problem;
    }

    @ExceptionHandler({UnknownEntry.class, AggregateNotFoundException.class})
    ProblemDetail unknown(RuntimeException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
        problem.setTitle("Not found");
        return problem;
    }

    @ExceptionHandler(StaleVersion.class)
    ProblemDetail stale(StaleVersion e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
        problem.setTitle("Changed since you read it");
        return problem;
    }

    @ExceptionHandler({ConcurrencyException.class, ConflictingModificationException.class,
            AggregateStreamCreationException.class})
    ProblemDetail concurrentWrite(RuntimeException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
                "someone else recorded on this record at the same moment; reload it, check what changed and try again");
        problem.setTitle("Changed since you read it");
        return problem;
    }

    @ExceptionHandler(IdempotencyKeyReused.class)
    ProblemDetail keyReused(IdempotencyKeyReused e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_ENTITY, e.getMessage());
        problem.setTitle("Idempotency-Key reused");
        return problem;
    }
}
