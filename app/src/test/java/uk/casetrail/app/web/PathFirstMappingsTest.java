package uk.casetrail.app.web;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.util.ServletRequestPathUtils;
import org.springframework.web.util.pattern.PathPatternParser;

import static org.assertj.core.api.Assertions.assertThat;

class PathFirstMappingsTest {

    private final PathFirstMappings.PathFirst mappings = new PathFirstMappings.PathFirst();
    private final RequestMappingInfo caseView = RequestMappingInfo.paths("/api/cases/{caseId}").methods(RequestMethod.GET)
            .headers("X-Probe").options(options()).build();

    @Test
    void a_mapping_for_another_path_is_passed_over_without_reading_the_request_further() {
        CountedRequest request = request("/api/children/6f1c0a52-2f0e-4d7a-9d0c-3f4f1b2a7e11");
        assertThat(mappings.getMatchingMapping(caseView, request)).isNull();
        assertThat(request.headersRead).as("headers read for a mapping of another path").isZero();
    }

    @Test
    void a_mapping_for_the_path_is_matched_on_everything_else_as_before() {
        CountedRequest withoutHeader = request("/api/cases/42");
        assertThat(mappings.getMatchingMapping(caseView, withoutHeader)).as("its header condition still holds").isNull();
        CountedRequest withHeader = request("/api/cases/42");
        withHeader.addHeader("X-Probe", "yes");
        RequestMappingInfo matched = mappings.getMatchingMapping(caseView, withHeader);
        assertThat(matched).isNotNull();
        assertThat(matched.getPathPatternsCondition().getPatternValues()).containsExactly("/api/cases/{caseId}");
    }

    private static CountedRequest request(String path) {
        CountedRequest request = new CountedRequest(path);
        ServletRequestPathUtils.parseAndCache(request);
        return request;
    }

    private static RequestMappingInfo.BuilderConfiguration options() {
        RequestMappingInfo.BuilderConfiguration options = new RequestMappingInfo.BuilderConfiguration();
        options.setPatternParser(PathPatternParser.defaultInstance);
        return options;
    }

    private static final class CountedRequest extends MockHttpServletRequest {
        int headersRead;

        CountedRequest(String path) {
            super("GET", path);
        }

        @Override
        public String getHeader(String name) {
            headersRead++;
            return super.getHeader(name);
        }
    }
}
