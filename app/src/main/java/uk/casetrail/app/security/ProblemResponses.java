package uk.casetrail.app.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.stereotype.Component;

import java.io.IOException;

/** 400 from the firewall, 401 and 403 as problem+json, like every other refusal. */
@Component
class ProblemResponses {

    private final ObjectMapper json;

    ProblemResponses(ObjectMapper json) {
        this.json = json;
    }

    AuthenticationEntryPoint unauthenticated() {
        return (request, response, e) -> {
            response.setHeader("WWW-Authenticate", "Basic realm=\"Casetrail\"");
            write(response, HttpStatus.UNAUTHORIZED, "Sign in required", "sign in to use Casetrail");
        };
    }

    AccessDeniedHandler denied() {
        return (request, response, e) -> write(response, HttpStatus.FORBIDDEN, "Not allowed",
                "your role does not allow this action");
    }

    /** A request the firewall refuses (a control character in a header it reads, an encoded slash in the path...). */
    RequestRejectedHandler rejected() {
        return (request, response, e) -> write(response, HttpStatus.BAD_REQUEST, "Request refused",
                "the request has a character, a header or a path that is not accepted");
    }

    private void write(HttpServletResponse response, HttpStatus status, String title, String detail) throws IOException {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        json.writeValue(response.getOutputStream(), problem);
    }
}
