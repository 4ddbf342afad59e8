package org.dossier.app.security;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The sign-in page, with what went wrong last time, if anything. */
@Controller
@ConditionalOnWebApplication
class LoginController {

    @GetMapping("/login")
    String login(
            @RequestParam(required = false) String error,
            @RequestParam(required = false) String throttled,
            @RequestParam(name = "signed-out", required = false) String signedOut,
            CsrfToken csrf,
            Model model) {
        String mismatch = "That username and password do not match an account that may sign in.";
        String message = error != null && throttled != null
                ? mismatch + " " + wait(throttled)
                : throttled != null
                        ? wait(throttled)
                        : error != null ? mismatch : signedOut != null ? "You are signed out." : null;
        model.addAttribute("page", new LoginPage(message, error != null || throttled != null, Csrf.of(csrf)));
        return "login";
    }

    /** "Too many failed sign-ins from here: wait 32 seconds, then try again." */
    private static String wait(String seconds) {
        String how = seconds.matches("\\d{1,4}")
                ? Integer.parseInt(seconds) == 1 ? "1 second" : Integer.parseInt(seconds) + " seconds"
                : "a minute";
        return "Too many failed sign-ins from here: wait " + how + ", then try again.";
    }
}
