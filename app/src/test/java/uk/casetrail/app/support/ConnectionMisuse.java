package uk.casetrail.app.support;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.util.List;

/**
 * Fails the test during which the application misused a pooled connection ({@link WatchedConnections}).
 * The projections run on threads of their own, so a misuse of theirs may be reported at the next test,
 * or at the end of the class.
 */
public final class ConnectionMisuse implements AfterEachCallback, AfterAllCallback {

    @Override
    public void afterEach(ExtensionContext context) {
        failOnMisuses();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        failOnMisuses();
    }

    private static void failOnMisuses() {
        List<String> misuses = WatchedConnections.takeMisuses();
        if (!misuses.isEmpty()) {
            throw new AssertionError(misuses.size() + " misuse(s) of pooled connections:\n" + String.join("\n", misuses));
        }
    }
}
