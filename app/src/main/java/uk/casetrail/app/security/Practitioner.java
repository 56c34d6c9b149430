package uk.casetrail.app.security;

import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;

import java.util.List;

/** A signed-in user with the one role they act in and their team (or partner agency), if any. */
public class Practitioner extends User {

    private final String role;
    private final String team;

    public Practitioner(String username, String encodedPassword, String role, String team) {
        super(username, encodedPassword, List.of(new SimpleGrantedAuthority("ROLE_" + role)));
        this.role = role;
        this.team = team;
    }

    public String role() {
        return role;
    }

    public String team() {
        return team;
    }
}
