package uk.casetrail.ui.signin;

import org.springframework.http.ResponseEntity;
import uk.casetrail.ui.layout.WebPages;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import uk.casetrail.query.access.Readers;

/** Signing in, the start page each role lands on, and keeping a session alive on request. */
@WebPages
class SignInPages {

    private final Readers readers;

    SignInPages(Readers readers) {
        this.readers = readers;
    }

    @GetMapping(PageSecurity.SIGN_IN)
    String signIn() {
        return "signin";
    }

    @GetMapping("/")
    String start() {
        return "redirect:" + switch (readers.reader().role()) {
            case "SOCIAL_WORKER", "TEAM_MANAGER" -> "/caseload";
            case "AUDITOR" -> "/audit/access";
            case "INSPECTOR", "PARTNER" -> "/children";
            case "DATA_OFFICER" -> "/returns";
            default -> "/register";
        };
    }

    /** The session timeout warning's "stay signed in": any authenticated request renews the session. */
    @PostMapping("/session/keep-alive")
    ResponseEntity<Void> keepAlive() {
        return ResponseEntity.noContent().build();
    }
}
