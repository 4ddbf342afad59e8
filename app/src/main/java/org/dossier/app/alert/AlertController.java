package org.dossier.app.alert;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Map;
import org.dossier.alert.Subscription;
import org.dossier.app.security.Csrf;
import org.dossier.app.shared.InvalidForm;
import org.dossier.app.shared.NotFoundException;
import org.dossier.field.FieldException;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.http.HttpStatus;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The alerts' pages: asking for an alert on a list, confirming it, stopping it (also by the one-click POST of RFC
 * 8058, which mail programs send without a form), and an address's alerts. No page shows an address other than to
 * whoever holds a link sent to it.
 */
@Controller
@ConditionalOnWebApplication
@ConditionalOnProperty(name = "dossier.search.enabled", havingValue = "true", matchIfMissing = true)
class AlertController {
    private final Subscribing subscribing;

    AlertController(Subscribing subscribing) {
        this.subscribing = subscribing;
    }

    @GetMapping("/alerts/new")
    String ask(
            @RequestParam(defaultValue = "") String list, CsrfToken csrf, Model model, HttpServletResponse response) {
        requireMail();
        AlertList wanted;
        try {
            wanted = subscribing.list(list);
        } catch (FieldException e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return notice(model, "E-mail alerts", "The list " + e.getMessage() + ".", csrf);
        }
        return show(model, page("E-mail alerts", null, "subscribe", null, wanted, "", Map.of(), csrf));
    }

    @PostMapping("/alerts")
    String subscribe(
            @RequestParam(defaultValue = "") String email,
            @RequestParam(defaultValue = "") String list,
            @RequestParam(defaultValue = "") String frequency,
            HttpServletRequest request,
            HttpServletResponse response,
            CsrfToken csrf,
            Model model) {
        requireMail();
        try {
            Subscription s = subscribing.subscribe(email, list, frequency, request.getRemoteAddr());
            return notice(
                    model,
                    "Check your inbox",
                    "We have sent a link to " + s.email() + ": follow it within 48 hours to start the alert for "
                            + s.listTitle() + ".",
                    csrf);
        } catch (InvalidForm e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            AlertList wanted = e.errors().containsKey("list") ? null : subscribing.list(list);
            return show(
                    model,
                    new AlertPage(
                            "E-mail alerts",
                            wanted == null ? "The list " + e.errors().get("list") + "." : null,
                            wanted == null ? null : "subscribe",
                            null,
                            wanted,
                            email,
                            frequency,
                            e.errors(),
                            List.of(),
                            Csrf.of(csrf)));
        } catch (Subscribing.TooManyRequests e) {
            response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
            return notice(
                    model,
                    "E-mail alerts",
                    "Too many alerts were asked for from here or for this address: try again later.",
                    csrf);
        }
    }

    @GetMapping("/alerts/confirm/{token}")
    String confirmPage(@PathVariable String token, CsrfToken csrf, Model model) {
        Subscription s = known(token);
        if (s.status() != Subscription.Status.PENDING) {
            return notice(
                    model,
                    "Confirm your alert",
                    s.status() == Subscription.Status.ACTIVE
                            ? "This alert is on already."
                            : "This alert has been stopped.",
                    csrf);
        }
        return show(
                model,
                page(
                        "Confirm your alert",
                        "Alerts of what is new in “" + s.listTitle() + "”, "
                                + s.frequency().key() + ".",
                        "confirm",
                        "/alerts/confirm/" + token,
                        null,
                        "",
                        Map.of(),
                        csrf));
    }

    @PostMapping("/alerts/confirm/{token}")
    String confirm(@PathVariable String token, CsrfToken csrf, Model model, HttpServletResponse response) {
        Subscription s = known(token);
        if (subscribing.confirm(token).isEmpty()) {
            response.setStatus(HttpStatus.GONE.value());
            return notice(
                    model,
                    "Confirm your alert",
                    s.status() == Subscription.Status.ACTIVE
                            ? "This alert is on already."
                            : "This link has expired or the alert was stopped: ask for the alert again from its list.",
                    csrf);
        }
        return notice(
                model,
                "Your alert is on",
                "You will receive what is new in “" + s.listTitle() + "”, "
                        + s.frequency().key() + ". Every e-mail has a link to stop it.",
                csrf);
    }

    @GetMapping("/alerts/unsubscribe/{token}")
    String unsubscribePage(@PathVariable String token, CsrfToken csrf, Model model) {
        Subscription s = known(token);
        if (s.status() == Subscription.Status.UNSUBSCRIBED) {
            return notice(model, "Stop this alert", "This alert has been stopped.", csrf);
        }
        return show(
                model,
                page(
                        "Stop this alert",
                        "Alerts of what is new in “" + s.listTitle() + "”.",
                        "unsubscribe",
                        "/alerts/unsubscribe/" + token,
                        null,
                        "",
                        Map.of(),
                        csrf));
    }

    /** Stops the alert: the button of the page above, or a mail program's one-click POST. */
    @PostMapping("/alerts/unsubscribe/{token}")
    String unsubscribe(@PathVariable String token, CsrfToken csrf, Model model) {
        Subscription s = known(token);
        subscribing.unsubscribe(token);
        return notice(model, "Alert stopped", "You will receive no more alerts for “" + s.listTitle() + "”.", csrf);
    }

    @GetMapping("/alerts/manage/{token}")
    String manage(@PathVariable String token, CsrfToken csrf, Model model) {
        Subscription s = known(token);
        List<AlertPage.Row> rows = subscribing.sameAddress(s).stream()
                .map(a -> new AlertPage.Row(
                        a.listTitle(),
                        a.listPath(),
                        a.frequency().key(),
                        switch (a.status()) {
                            case PENDING -> "waiting for confirmation";
                            case ACTIVE -> "on";
                            case UNSUBSCRIBED -> "stopped";
                        },
                        a.status() == Subscription.Status.UNSUBSCRIBED ? null : "/alerts/unsubscribe/" + a.token()))
                .toList();
        return show(
                model,
                new AlertPage("Alerts of " + s.email(), null, null, null, null, "", "", Map.of(), rows, Csrf.of(csrf)));
    }

    @GetMapping("/alerts")
    String manageRequest(CsrfToken csrf, Model model) {
        return show(model, page("Your e-mail alerts", null, "manage", null, null, "", Map.of(), csrf));
    }

    @PostMapping("/alerts/manage")
    String sendManageLink(
            @RequestParam(defaultValue = "") String email,
            HttpServletRequest request,
            HttpServletResponse response,
            CsrfToken csrf,
            Model model) {
        requireMail();
        try {
            subscribing.sendManageLink(email, request.getRemoteAddr());
        } catch (FieldException e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return show(
                    model,
                    page(
                            "Your e-mail alerts",
                            null,
                            "manage",
                            null,
                            null,
                            email,
                            Map.of("email", e.getMessage()),
                            csrf));
        } catch (Subscribing.TooManyRequests e) {
            response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
            return notice(model, "Your e-mail alerts", "Too many requests from here: try again later.", csrf);
        }
        return notice(
                model, "Your e-mail alerts", "If this address has alerts here, we have sent it a link to them.", csrf);
    }

    private Subscription known(String token) {
        return subscribing.byToken(token).orElseThrow(() -> new NotFoundException("No alert has this link"));
    }

    private void requireMail() {
        if (!subscribing.enabled()) {
            throw new NotFoundException("This site sends no e-mail alerts (e-mail is not set up)");
        }
    }

    private static AlertPage page(
            String title,
            String message,
            String form,
            String action,
            AlertList list,
            String email,
            Map<String, String> errors,
            CsrfToken csrf) {
        return new AlertPage(title, message, form, action, list, email, "daily", errors, List.of(), Csrf.of(csrf));
    }

    /** A page that only says something. */
    private static String notice(Model model, String title, String message, CsrfToken csrf) {
        return show(model, page(title, message, null, null, null, "", Map.of(), csrf));
    }

    private static String show(Model model, AlertPage page) {
        model.addAttribute("page", page);
        return "alerts";
    }
}
