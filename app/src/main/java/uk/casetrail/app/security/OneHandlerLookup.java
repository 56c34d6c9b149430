package uk.casetrail.app.security;

import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.beans.factory.config.ConstructorArgumentValues;
import org.springframework.security.web.context.AbstractSecurityWebApplicationInitializer;

import java.util.List;

/**
 * Each request's handler is looked up once, by the dispatcher, not a second time before the security
 * filters. Spring Security puts Spring MVC's introspector in front of its filters, which looks the
 * handler up for every request so that request matchers and CORS rules can match as Spring MVC does;
 * here the chains match with path patterns (Spring MVC's own parser) and there are no CORS rules, so
 * nothing reads that lookup. It tried every one of some eighty mappings in turn, about a fifth of a
 * case view read's request-thread time in a profile (BENCHMARKS.md). Its filter is taken out of the
 * security filter chain's definition; a version of Spring Security that no longer adds it leaves
 * nothing to do.
 */
final class OneHandlerLookup implements BeanFactoryPostProcessor {

    private static final String SECURITY_FILTER_CHAIN = AbstractSecurityWebApplicationInitializer.DEFAULT_FILTER_NAME;
    private static final String INTROSPECTOR_FILTER = "org.springframework.security.config.annotation.web.configuration."
            + "WebMvcSecurityConfiguration$HandlerMappingIntrospectorCacheFilterFactoryBean";

    @Override
    public void postProcessBeanFactory(ConfigurableListableBeanFactory beans) {
        if (!beans.containsBeanDefinition(SECURITY_FILTER_CHAIN)) {
            return;
        }
        BeanDefinition chain = beans.getBeanDefinition(SECURITY_FILTER_CHAIN);
        ConstructorArgumentValues.ValueHolder filters = chain.getConstructorArgumentValues().getIndexedArgumentValue(0, List.class);
        if (filters != null && filters.getValue() instanceof List<?> list) {
            list.removeIf(filter -> filter instanceof BeanDefinition definition && INTROSPECTOR_FILTER.equals(definition.getBeanClassName()));
        }
    }
}
