package uk.casetrail.app.security;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Which claims of an identity provider's access token (a JWT, e.g. from Keycloak) name the user,
 * their role and their team or agency. Defaults fit a Keycloak realm with user attributes mapped
 * into the token as "casetrail_role" and "casetrail_team".
 */
@ConfigurationProperties("casetrail.security.token-claims")
public record TokenClaims(String user, String role, String team) {

    public TokenClaims {
        user = user == null ? "preferred_username" : user;
        role = role == null ? "casetrail_role" : role;
        team = team == null ? "casetrail_team" : team;
    }
}
