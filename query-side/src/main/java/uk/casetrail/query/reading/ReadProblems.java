package uk.casetrail.query.reading;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import uk.casetrail.query.access.AccessDenied;
import uk.casetrail.query.access.AuditUnavailable;

import java.util.List;
import java.util.Map;

/** Refusals of the read API as problem+json. */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class ReadProblems {

    @ExceptionHandler(NotFound.class)
    ProblemDetail notFound(NotFound e) {
        return problem(HttpStatus.NOT_FOUND, "Not found", e.getMessage());
    }

    @ExceptionHandler(AccessDenied.class)
    ProblemDetail denied(AccessDenied e) {
        return problem(HttpStatus.FORBIDDEN, "No access to this record", e.getMessage());
    }

    @ExceptionHandler(AuditUnavailable.class)
    ProblemDetail auditUnavailable(AuditUnavailable e) {
        return problem(HttpStatus.SERVICE_UNAVAILABLE, "Service unavailable", e.getMessage());
    }

    @ExceptionHandler(InvalidQuery.class)
    ProblemDetail invalidQuery(InvalidQuery e) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "Invalid input", e.getMessage());
        problem.setProperty("errors", List.of(Map.of("field", e.parameter(), "message", e.getMessage())));
        return problem;
    }

    private static ProblemDetail problem(HttpStatus status, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        return problem;
    }
}
