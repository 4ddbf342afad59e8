package org.dossier.app.security;

import java.security.Principal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
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
        List<SignInsPage.Row> rows = new ArrayList<>();
        for (SignInFailures.Tally t : failures.all(now.minus(LoginThrottle.WINDOW))) {
            boolean pair = t.key().startsWith("pair:");
            String rest = t.key().substring(t.key().indexOf(':') + 1);
            int bar = rest.lastIndexOf('|');
            Duration wait = (pair ? LoginThrottle.PER_PAIR : LoginThrottle.PER_ADDRESS).remaining(t.count(), t.latest(), now);
            rows.add(new SignInsPage.Row(pair ? rest.substring(0, bar) : null, pair ? rest.substring(bar + 1) : rest, t.count(),
                    t.latest(), (wait.toMillis() + 999) / 1000));
        }
        model.addAttribute("page", new SignInsPage(me.getName(), Csrf.of(csrf), rows));
        return "admin/sign-ins";
    }
}
