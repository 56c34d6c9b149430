package uk.casetrail.app.security;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import uk.casetrail.ui.signin.PasswordUsers;

import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The practitioners who can sign in with a password, looked up by user name. */
class Directory implements UserDetailsService, PasswordUsers {

    private final Map<String, Practitioner> byUsername;

    Directory(java.util.Collection<Practitioner> practitioners) {
        this.byUsername = practitioners.stream().collect(Collectors.toUnmodifiableMap(Practitioner::getUsername, Function.identity()));
    }

    @Override
    public boolean any() {
        return !byUsername.isEmpty();
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        Practitioner practitioner = byUsername.get(username);
        if (practitioner == null) {
            throw new UsernameNotFoundException("unknown user");
        }
        // Spring Security erases credentials after sign-in; hand out a copy, never the directory's entry.
        return new Practitioner(practitioner.getUsername(), practitioner.getPassword(), practitioner.role(), practitioner.team());
    }
}
