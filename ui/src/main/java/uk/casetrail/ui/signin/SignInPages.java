package uk.casetrail.ui.signin;

import org.springframework.http.ResponseEntity;
import org.springframework.ui.Model;
import uk.casetrail.ui.layout.WebPages;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import uk.casetrail.query.access.Readers;

/** Signing in, the start page each role lands on, and keeping a session alive on request. */
@WebPages
class SignInPages {

    private final Readers readers;
    private final SignInMethods methods;

    SignInPages(Readers readers, SignInMethods methods) {
        this.readers = readers;
        this.methods = methods;
    }

    @GetMapping(PageSecurity.SIGN_IN)
    String signIn(Model model) {
        model.addAttribute("providers", methods.providers());
        model.addAttribute("passwordForm", methods.password());
        return "signin";
    }

    @GetMapping("/")
    String start() {
        return "redirect:" + switch (readers.reader().role()) {
            case "SOCIAL_WORKER", "TEAM_MANAGER" -> "/caseload";
            case "AUDITOR" -> "/audit/access";
            case "INSPECTOR", "PARTNER" -> "/children";
            case "DATA_OFFICER" -> "/returns";
            case "ADMIN" -> "/admin/inspection-grants";
            default -> "/register";
        };
    }

    /** The session timeout warning's "stay signed in": any authenticated request renews the session. */
    @PostMapping("/session/keep-alive")
    ResponseEntity<Void> keepAlive() {
        return ResponseEntity.noContent().build();
    }
}
