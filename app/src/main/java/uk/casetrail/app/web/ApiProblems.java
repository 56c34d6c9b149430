package uk.casetrail.app.web;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Every refusal the web layer itself makes, as problem+json (RFC 9457): malformed or invalid input is
 * a 400 naming the fields, an unreachable database a 503, anything unforeseen a 500 with a reference
 * for the logs and never a stack trace.
 */
@RestControllerAdvice
public class ApiProblems extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiProblems.class);

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException e, HttpHeaders headers,
                                                                  HttpStatusCode status, WebRequest request) {
        List<Map<String, String>> errors = e.getBindingResult().getFieldErrors().stream()
                .map(error -> Map.of("field", error.getField(), "message", FieldMessages.forConstraint(error)))
                .toList();
        return ResponseEntity.badRequest().body(invalidInput("some fields are missing or invalid", errors));
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e, HttpHeaders headers,
                                                                  HttpStatusCode status, WebRequest request) {
        FieldMessages.FieldError error = FieldMessages.forUnreadableBody(e);
        List<Map<String, String>> errors = error.field() == null ? List.of()
                : List.of(Map.of("field", error.field(), "message", error.message()));
        return ResponseEntity.badRequest().body(invalidInput(error.describe(), errors));
    }

    @Override
    protected ResponseEntity<Object> handleMissingServletRequestParameter(MissingServletRequestParameterException e, HttpHeaders headers,
                                                                          HttpStatusCode status, WebRequest request) {
        String message = e.getParameterName() + " is required";
        return ResponseEntity.badRequest().body(invalidInput(message, List.of(Map.of("field", e.getParameterName(), "message", message))));
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ProblemDetail pathOrParameter(MethodArgumentTypeMismatchException e) {
        String message = "'" + e.getValue() + "' is not a valid " + e.getName();
        return invalidInput(message, List.of(Map.of("field", e.getName(), "message", message)));
    }

    @ExceptionHandler({CannotGetJdbcConnectionException.class, CannotCreateTransactionException.class,
            DataAccessResourceFailureException.class, TransientDataAccessException.class})
    ProblemDetail databaseUnavailable(Exception e) {
        log.warn("Database unavailable: {}", e.toString());
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
                "the case record is briefly unavailable; nothing was recorded, please try again shortly");
        problem.setTitle("Service unavailable");
        return problem;
    }

    /**
     * The connection died while the transaction ended. A rollback that could not be sent (the write had
     * already failed) recorded nothing: PostgreSQL drops the unfinished transaction itself. A commit that
     * could not be confirmed has an outcome unknown to us: the client is told to retry with its key.
     */
    @ExceptionHandler(TransactionSystemException.class)
    ProblemDetail transactionLost(TransactionSystemException e) {
        if (e.getApplicationException() != null) {
            return databaseUnavailable(e);
        }
        log.warn("Database lost at the end of a transaction: {}", e.toString());
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
                "the case record is briefly unavailable; try again shortly (with the same Idempotency-Key, a retry"
                        + " is never recorded twice)");
        problem.setTitle("Service unavailable");
        return problem;
    }

    @ExceptionHandler(Exception.class)
    ProblemDetail unforeseen(Exception e) {
        String reference = UUID.randomUUID().toString();
        log.error("Unforeseen error, reference {}", reference, e);
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR,
                "something went wrong on our side; nothing was recorded. Reference " + reference);
        problem.setTitle("Internal error");
        problem.setProperty("reference", reference);
        return problem;
    }

    private static ProblemDetail invalidInput(String detail, List<Map<String, String>> errors) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail);
        problem.setTitle("Invalid input");
        problem.setProperty("errors", errors);
        return problem;
    }
}
