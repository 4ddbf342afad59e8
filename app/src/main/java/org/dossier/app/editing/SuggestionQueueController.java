package org.dossier.app.editing;

import java.security.Principal;
import java.util.ArrayList;
import java.util.List;
import org.dossier.account.Account;
import org.dossier.account.Accounts;
import org.dossier.account.Role;
import org.dossier.app.security.Csrf;
import org.dossier.catalog.Catalog;
import org.dossier.enrich.Suggestions;
import org.dossier.publication.Publication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The review page of enrichment's queue ({@code /edit/suggestions}): the publications with open suggestions, most
 * recently suggested first, each with its suggestions to accept or reject in place, for editors to work through an
 * import's worth of them.
 */
@Controller
@ConditionalOnWebApplication
class SuggestionQueueController {
    static final int PAGE = 20;

    private final Suggestions suggestions;
    private final SuggestionReview review;
    private final Catalog catalog;
    private final Accounts accounts;

    SuggestionQueueController(Suggestions suggestions, SuggestionReview review, Catalog catalog, Accounts accounts) {
        this.suggestions = suggestions;
        this.review = review;
        this.catalog = catalog;
        this.accounts = accounts;
    }

    @GetMapping("/edit/suggestions")
    String queue(@RequestParam(defaultValue = "1") String page, Principal principal, CsrfToken csrf, Model model) {
        Account me = accounts.find(principal.getName()).orElseThrow(() -> new AccessDeniedException("no account"));
        if (!me.role().includes(Role.EDITOR)) {
            throw new Editing.NotAllowed("only editors review the suggestions of the whole archive");
        }
        int n = page.matches("[1-9]\\d{0,4}") ? Integer.parseInt(page) : 1;
        List<String> ids = suggestions.queue((n - 1) * PAGE, PAGE + 1);
        List<EditPages.Queued> items = new ArrayList<>();
        for (Publication p : catalog.findSummaries(ids.subList(0, Math.min(PAGE, ids.size())))) {
            items.add(new EditPages.Queued(p.id(), p.title(), p.status().code(), review.open(p.id())));
        }
        model.addAttribute(
                "page",
                new EditPages.Queue(
                        me.username(),
                        Csrf.of(csrf),
                        suggestions.queued(),
                        n,
                        ids.size() > PAGE,
                        items,
                        (String) model.getAttribute("done"),
                        (String) model.getAttribute("problem")));
        return "edit/suggestions";
    }
}
