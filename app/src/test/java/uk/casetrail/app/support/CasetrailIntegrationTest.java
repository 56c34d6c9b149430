package uk.casetrail.app.support;

import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The whole application on a random port, on the shared test PostgreSQL, with the demo users and its
 * metrics exported as in production. Every integration test shares this one application: a second
 * one on the same database would be a second node, sharing the projections' segments. Every test
 * fails on a misuse of a pooled connection during it (WatchedConnections).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
// A rebuild kept from replacing the read models fails after three tries of this wait, not of production's.
// Journeys are dated weeks back from today, so core groups count as recorded from long before.
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"casetrail.rebuild.lock-wait=2s", "casetrail.timescales.first-core-group-from=2000-01-01"})
@AutoConfigureObservability(tracing = false)
@ActiveProfiles("demo")
@ContextConfiguration(initializers = {TestDatabase.class, WatchedConnections.class})
@ExtendWith(ConnectionMisuse.class)
public @interface CasetrailIntegrationTest {
}
