package uk.casetrail.app.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.autoconfigure.web.servlet.WebMvcRegistrations;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.condition.PathPatternsRequestCondition;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Finds a request's handler by its path before anything else. A path with an id in it (a case, a
 * child) is matched against every mapping in turn, and Spring MVC asks each for its method, parameters,
 * headers and media types before its path, though the path alone rules out all but one or two of some
 * eighty: that was about a sixth of a case view read's request-thread time in a profile (BENCHMARKS.md). The
 * path is asked first here; a mapping whose path matches is then matched on everything, as before, so
 * which handler answers, and how a near miss is refused (405, 406, 415), do not change.
 */
@Component
class PathFirstMappings implements WebMvcRegistrations {

    @Override
    public RequestMappingHandlerMapping getRequestMappingHandlerMapping() {
        return new PathFirst();
    }

    static final class PathFirst extends RequestMappingHandlerMapping {

        @Override
        protected RequestMappingInfo getMatchingMapping(RequestMappingInfo info, HttpServletRequest request) {
            PathPatternsRequestCondition paths = info.getPathPatternsCondition();
            if (paths != null && paths.getMatchingCondition(request) == null) {
                return null;
            }
            return super.getMatchingMapping(info, request);
        }
    }
}
