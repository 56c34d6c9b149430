package uk.casetrail.app.security;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.util.List;

/**
 * The demo profile's users (see application.yml), all with one password that defaults to
 * "demo" and is set by CASETRAIL_DEMO_PASSWORD.
 */
@ConfigurationProperties("casetrail.demo")
public record DemoUsers(String password, List<DemoUser> users) {

    public record DemoUser(String username, String role, String team) {
    }
}
