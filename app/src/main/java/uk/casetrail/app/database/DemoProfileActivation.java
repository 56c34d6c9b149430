package uk.casetrail.app.database;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * On the embedded database the demo profile (demo users, HTTP Basic) is on by default, so that a
 * fresh checkout can be tried at once; against an external database it is on only when asked for.
 */
public class DemoProfileActivation implements EnvironmentPostProcessor {

    static final String DEMO = "demo";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (!ExternalDatabase.isConfigured(environment)
                && !java.util.Arrays.asList(environment.getActiveProfiles()).contains(DEMO)) {
            environment.addActiveProfile(DEMO);
        }
    }
}
