package uk.casetrail.command.web;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import java.util.List;

/** Lets write endpoints take a {@link WriteContext} parameter. */
@Configuration(proxyBeanMethods = false)
class WebWriteConfiguration implements WebMvcConfigurer {

    private final WriteContextResolver writeContextResolver;

    WebWriteConfiguration(WriteContextResolver writeContextResolver) {
        this.writeContextResolver = writeContextResolver;
    }

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(writeContextResolver);
    }
}
