package uk.casetrail.app.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;

/**
 * Refuses request bodies larger than any real entry needs (413) before anything reads them, so that
 * an oversized or endless body cannot tie up memory or a worker.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class RequestSizeLimit extends OncePerRequestFilter {

    private final long maxBytes;
    private final long maxImportBytes;
    private final ObjectMapper json;

    RequestSizeLimit(@Value("${casetrail.web.max-request-size:256KB}") DataSize maxSize,
                     @Value("${casetrail.returns.max-import-size:64MB}") DataSize maxImportSize, ObjectMapper json) {
        this.maxBytes = maxSize.toBytes();
        this.maxImportBytes = maxImportSize.toBytes();
        this.json = json;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        // A council's census file is far larger than any entry, and is still read whole to be checked whole.
        long maxBytes = request.getRequestURI().equals("/api/returns/cin-census/imports") ? maxImportBytes : this.maxBytes;
        long declared = request.getContentLengthLong();
        boolean chunked = "chunked".equalsIgnoreCase(request.getHeader("Transfer-Encoding"));
        if (declared > maxBytes || (declared < 0 && chunked)) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.PAYLOAD_TOO_LARGE, declared > maxBytes
                    ? "the request body is larger than " + maxBytes + " bytes"
                    : "send the request body with a Content-Length");
            problem.setTitle("Request too large");
            response.setStatus(problem.getStatus());
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            json.writeValue(response.getOutputStream(), problem);
            return;
        }
        chain.doFilter(request, response);
    }
}
