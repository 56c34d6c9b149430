package uk.casetrail.returns.census.imports;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import java.util.List;
import java.util.Map;

/** A refused census file as problem+json, naming the line and the element. */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class ImportProblems {

    @ExceptionHandler(FileRefused.class)
    ProblemDetail refused(FileRefused e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
        problem.setTitle("The census file cannot be imported; nothing was recorded");
        problem.setProperty("line", e.line());
        problem.setProperty("errors", List.of(Map.of("field", e.element() == null ? "body" : e.element(),
                "message", e.getMessage())));
        return problem;
    }
}
