package org.dossier.app.security;

import java.security.Principal;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.dossier.account.SignInFailures;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** Failed sign-ins of the last quarter of an hour, for admins: which account, from where, how often, and the wait imposed. */
@Controller
@ConditionalOnWebApplication
class SignInsController {
    private final SignInFailures failures;
    private final Clock clock;

    SignInsController(SignInFailures failures, Clock clock) {
        this.failures = failures;
        this.clock = clock;
    }

    @GetMapping("/admin/sign-ins")
    String signIns(Principal me, CsrfToken csrf, Model model) {
        Instant now = clock.instant();
        List<SignInsPage.Row> rows = failures.all(now.minus(LoginThrottle.WINDOW)).stream()
                .map(t -> LoginThrottle.row(t, now))
                .toList();
        model.addAttribute("page", new SignInsPage(me.getName(), Csrf.of(csrf), rows));
        return "admin/sign-ins";
    }
}
