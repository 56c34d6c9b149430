package uk.casetrail.ui.api;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.access.WebInvocationPrivilegeEvaluator;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.HandlerExecutionChain;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerAdapter;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.ServletRequestPathUtils;

import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * The pages' one way to the platform: the same HTTP API that scripts use, called in-process within
 * the page request. The API's own role rules, argument binding, validation, write submission
 * (idempotency, versions), relationship-based read path with its audit, and problem answers all
 * apply unchanged, so the UI cannot drift from the API or bypass its audit. No network hop: the
 * request is routed by the application's own handler mapping.
 */
@ConditionalOnWebApplication
@Component
public class InProcessApi {

    private static final Map<String, String> JSON_ACCEPT = Map.of("Accept", "application/json, application/problem+json");

    private final RequestMappingHandlerMapping routes;
    private final RequestMappingHandlerAdapter handlers;
    private final HandlerExceptionResolver problems;
    private final WebInvocationPrivilegeEvaluator privileges;
    private final ObjectMapper json;

    InProcessApi(@Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping routes,
                 RequestMappingHandlerAdapter handlers,
                 @Qualifier("handlerExceptionResolver") HandlerExceptionResolver problems,
                 WebInvocationPrivilegeEvaluator privileges, ObjectMapper json) {
        this.routes = routes;
        this.handlers = handlers;
        this.problems = problems;
        this.privileges = privileges;
        this.json = json;
    }

    /** GET pathAndQuery (already encoded), answered as JSON. */
    public ApiAnswer get(String pathAndQuery) {
        return call("GET", pathAndQuery, JSON_ACCEPT, new byte[0]);
    }

    /** GET pathAndQuery with another representation, such as text/csv. */
    public ApiAnswer get(String pathAndQuery, String accept) {
        return call("GET", pathAndQuery, Map.of("Accept", accept + ", application/problem+json"), new byte[0]);
    }

    /** POST a JSON body; headers such as Idempotency-Key travel with it. */
    public ApiAnswer post(String path, Map<String, Object> body, Map<String, String> headers) {
        Map<String, String> all = new java.util.HashMap<>(JSON_ACCEPT);
        all.putAll(headers);
        all.put("Content-Type", MediaType.APPLICATION_JSON_VALUE);
        try {
            return call("POST", path, all, json.writeValueAsString(body).getBytes(StandardCharsets.UTF_8));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("a form's values could not be written as JSON", e);
        }
    }

    private ApiAnswer call(String method, String pathAndQuery, Map<String, String> headers, byte[] body) {
        ServletRequestAttributes page = (ServletRequestAttributes) RequestContextHolder.currentRequestAttributes();
        HttpServletRequest pageRequest = page.getRequest();
        HttpServletResponse pageResponse = page.getResponse();
        ApiRequest request = new ApiRequest(pageRequest, method, pathAndQuery, headers, body);
        CapturedResponse response = new CapturedResponse(pageResponse);
        String path = pathAndQuery.split("\\?", 2)[0];
        // The API's own rules by role (its security filter chain) decide, exactly as for a direct call.
        if (!privileges.isAllowed(pageRequest.getContextPath(), path, method,
                SecurityContextHolder.getContext().getAuthentication())) {
            return problem(HttpStatus.FORBIDDEN, "your role does not allow this action");
        }
        ServletRequestPathUtils.parseAndCache(request);
        Object handler = null;
        try {
            HandlerExecutionChain chain = routes.getHandler(request);
            if (chain == null) {
                return problem(HttpStatus.NOT_FOUND, "no such page of the record");
            }
            handler = chain.getHandler();
            handlers.handle(request, response, handler);
        } catch (Exception e) {
            if (problems.resolveException(request, response, handler, e) == null) {
                throw new IllegalStateException("the API could not answer " + method + " " + path, e);
            }
        }
        return response.answer();
    }

    private ApiAnswer problem(HttpStatus status, String detail) {
        try {
            return new ApiAnswer(status.value(), MediaType.APPLICATION_PROBLEM_JSON_VALUE,
                    json.writeValueAsBytes(ProblemDetail.forStatusAndDetail(status, detail)), false, null);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
