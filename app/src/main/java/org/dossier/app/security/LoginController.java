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
    String login(@RequestParam(required = false) String error, @RequestParam(required = false) String throttled,
                 @RequestParam(name = "signed-out", required = false) String signedOut, CsrfToken csrf, Model model) {
        String message = throttled != null ? "Too many failed sign-ins. Wait 15 minutes, then try again."
                : error != null ? "That username and password do not match an account that may sign in."
                : signedOut != null ? "You are signed out." : null;
        model.addAttribute("page", new LoginPage(message, error != null || throttled != null, Csrf.of(csrf)));
        return "login";
    }
}
