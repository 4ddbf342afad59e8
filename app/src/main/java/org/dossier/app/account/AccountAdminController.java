package org.dossier.app.account;

import jakarta.servlet.http.HttpServletResponse;
import java.security.Principal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dossier.account.Account;
import org.dossier.account.Accounts;
import org.dossier.account.NewAccount;
import org.dossier.account.Role;
import org.dossier.app.security.Csrf;
import org.dossier.field.FieldException;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.http.HttpStatus;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The admins' pages for accounts: the list, adding an account, changing a role, disabling and enabling;
 * and the audit log. Problems are shown next to the field they are about; nothing is stored then.
 */
@Controller
@ConditionalOnWebApplication
class AccountAdminController {
    private static final int AUDIT_SHOWN = 200;

    private final Accounts accounts;
    private final AccountManager manager;

    AccountAdminController(Accounts accounts, AccountManager manager) {
        this.accounts = accounts;
        this.manager = manager;
    }

    @GetMapping("/admin")
    String admin() {
        return "redirect:/admin/accounts";
    }

    @GetMapping("/admin/accounts")
    String list(CsrfToken csrf, Principal me, Model model) {
        return page(model, csrf, me, Map.of(), Map.of());
    }

    @PostMapping("/admin/accounts")
    String add(
            @RequestParam(defaultValue = "") String username,
            @RequestParam(defaultValue = "") String name,
            @RequestParam(defaultValue = "") String role,
            @RequestParam(defaultValue = "") String password,
            CsrfToken csrf,
            Principal me,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        try {
            Account added =
                    manager.add(new NewAccount(username, name, Role.parse(role).orElse(null), password), me.getName());
            redirect.addFlashAttribute(
                    "done", "Added " + added.username() + " (" + added.role().key() + ").");
            return "redirect:/admin/accounts";
        } catch (FieldException e) {
            Map<String, String> entered = new LinkedHashMap<>();
            entered.put("username", username);
            entered.put("name", name);
            entered.put("role", role);
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return page(model, csrf, me, Map.of(e.field(), e.getMessage()), entered);
        }
    }

    @PostMapping("/admin/accounts/{username}/role")
    String role(
            @PathVariable String username,
            @RequestParam(defaultValue = "") String role,
            Principal me,
            RedirectAttributes redirect) {
        return change(redirect, () -> {
            Role r = Role.parse(role)
                    .orElseThrow(() -> new FieldException("role", "the role is admin, editor, contributor or reader"));
            manager.changeRole(username, r, me.getName());
            return username + " is now " + r.key() + ".";
        });
    }

    @PostMapping("/admin/accounts/{username}/disabled")
    String disabled(
            @PathVariable String username,
            @RequestParam(defaultValue = "true") boolean disabled,
            Principal me,
            RedirectAttributes redirect) {
        return change(redirect, () -> {
            manager.setDisabled(username, disabled, me.getName());
            return username + (disabled ? " can no longer sign in." : " can sign in again.");
        });
    }

    @GetMapping("/admin/audit")
    String audit(CsrfToken csrf, Principal me, Model model) {
        model.addAttribute("page", new AuditPage(me.getName(), Csrf.of(csrf), accounts.audit(AUDIT_SHOWN)));
        return "admin/audit";
    }

    private String change(RedirectAttributes redirect, java.util.function.Supplier<String> work) {
        try {
            redirect.addFlashAttribute("done", work.get());
        } catch (FieldException e) {
            redirect.addFlashAttribute("problem", e.getMessage());
        }
        return "redirect:/admin/accounts";
    }

    private String page(
            Model model, CsrfToken csrf, Principal me, Map<String, String> errors, Map<String, String> entered) {
        model.addAttribute(
                "page",
                new AccountsPage(
                        me.getName(),
                        Csrf.of(csrf),
                        accounts.all(),
                        List.of(Role.values()),
                        (String) model.getAttribute("done"),
                        (String) model.getAttribute("problem"),
                        errors,
                        entered));
        return "admin/accounts";
    }
}
