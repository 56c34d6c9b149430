package uk.casetrail.command.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.core.MethodParameter;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import uk.casetrail.command.journey.InvalidEntry;

import java.util.UUID;
import java.util.regex.Pattern;

/** Reads a {@link WriteContext} from the request's headers, refusing malformed ones with a 400. */
@Component
class WriteContextResolver implements HandlerMethodArgumentResolver {

    static final String CORRELATION_HEADER = "X-Correlation-Id";
    private static final Pattern VERSION = Pattern.compile("(?:W/)?\"?(\\d{1,18})\"?");
    private static final Pattern CORRELATION = Pattern.compile("[A-Za-z0-9._-]{1,64}");

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return parameter.getParameterType().equals(WriteContext.class);
    }

    @Override
    public WriteContext resolveArgument(MethodParameter parameter, ModelAndViewContainer mav,
                                        NativeWebRequest webRequest, WebDataBinderFactory binderFactory) {
        HttpServletRequest request = webRequest.getNativeRequest(HttpServletRequest.class);
        return new WriteContext(expectedVersion(request.getHeader("If-Match")),
                IdempotentRequests.key(request.getHeader("Idempotency-Key")),
                correlationId(request.getHeader(CORRELATION_HEADER)),
                request.getRemoteAddr(),
                request.getMethod() + " " + request.getRequestURI());
    }

    private static Long expectedVersion(String header) {
        if (header == null) {
            return null;
        }
        var matcher = VERSION.matcher(header.strip());
        if (!matcher.matches()) {
            throw new InvalidEntry("If-Match", "If-Match takes the version you last read, such as 3");
        }
        return Long.parseLong(matcher.group(1));
    }

    private static String correlationId(String header) {
        return header != null && CORRELATION.matcher(header).matches() ? header : UUID.randomUUID().toString();
    }
}
