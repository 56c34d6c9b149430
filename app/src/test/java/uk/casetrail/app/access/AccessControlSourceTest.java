package uk.casetrail.app.access;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.SubscribingEventProcessor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import uk.casetrail.app.support.CasetrailIntegrationTest;
import uk.casetrail.query.access.AccessControlProcessor;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The access-control processor, which runs inside every command's and every audited read's
 * transaction, subscribes to the filtered source application.yml names, not to the whole bus: without
 * the setting it would still work, only slower, and nothing else would notice.
 */
@CasetrailIntegrationTest
class AccessControlSourceTest {

    @Autowired
    EventProcessingConfiguration processing;

    @Autowired
    ApplicationContext context;

    @Test
    void the_access_control_processor_subscribes_to_the_events_its_handlers_take() {
        SubscribingEventProcessor processor = processing.eventProcessor(AccessControlProcessor.NAME, SubscribingEventProcessor.class)
                .orElseThrow();
        assertThat(processor.getMessageSource()).isSameAs(context.getBean("accessControlEvents"));
    }
}
