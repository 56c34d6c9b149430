package uk.casetrail.app.web;

import jakarta.servlet.Filter;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.web.context.AbstractSecurityWebApplicationInitializer;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import uk.casetrail.app.support.CasetrailIntegrationTest;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

@CasetrailIntegrationTest
class HandlerLookupTest {

    @Autowired
    @Qualifier(AbstractSecurityWebApplicationInitializer.DEFAULT_FILTER_NAME)
    Filter security;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping requestMappings;

    @Test
    void a_request_reaches_the_dispatcher_without_its_handler_looked_up_on_the_way() throws Exception {
        List<String> attributes = new ArrayList<>();
        boolean[] passed = {false};
        security.doFilter(new MockHttpServletRequest("GET", "/actuator/health/liveness"), new MockHttpServletResponse(),
                (request, response) -> {
                    passed[0] = true;
                    attributes.addAll(Collections.list(request.getAttributeNames()));
                });
        assertThat(passed[0]).as("the liveness probe is open to all").isTrue();
        // Spring MVC's introspector keeps the handler it looked up in the request, for Spring Security to read.
        assertThat(attributes).noneMatch(name -> name.contains("HandlerMappingIntrospector"));
    }

    @Test
    void the_dispatcher_finds_handlers_by_their_path_first() {
        assertThat(requestMappings).isInstanceOf(PathFirstMappings.PathFirst.class);
    }
}
