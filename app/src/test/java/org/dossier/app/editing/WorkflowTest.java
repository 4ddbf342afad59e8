package org.dossier.app.editing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.dossier.account.Account;
import org.dossier.account.Role;
import org.dossier.app.editing.Editing.Action;
import org.dossier.publication.Publication;
import org.dossier.publication.Status;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The editorial state machine: which action moves a publication from which state to which, and who may take it. */
class WorkflowTest {
    private static final Account EDITOR = account("edna", Role.EDITOR);
    private static final Account CONTRIBUTOR = account("cora", Role.CONTRIBUTOR);
    private static final Account READER = account("rita", Role.READER);

    @ParameterizedTest(name = "{0} from {1} → {2}")
    @CsvSource({
        "SAVE,      DRAFT,        DRAFT",
        "SAVE,      PUBLISHED,    PUBLISHED",
        "SUBMIT,    DRAFT,        IN_REVIEW",
        "PUBLISH,   DRAFT,        PUBLISHED",
        "PUBLISH,   IN_REVIEW,    PUBLISHED",
        "PUBLISH,   WITHDRAWN,    PUBLISHED",
        "PUBLISH,   NEEDS_REVIEW, PUBLISHED",
        "UNPUBLISH, PUBLISHED,    WITHDRAWN",
        "UNPUBLISH, NEEDS_REVIEW, WITHDRAWN",
        "DRAFT,     IN_REVIEW,    DRAFT",
        "DRAFT,     WITHDRAWN,    DRAFT",
    })
    void movesAPublicationFromOneStateToTheNext(Action action, Status from, Status to) {
        assertThat(action.appliesTo(from)).isTrue();
        assertThat(action.next(from)).isEqualTo(to);
    }

    @Test
    void offersEachStateOnlyTheActionsThatChangeSomething() {
        Map<Status, String> offered = new TreeMap<>();
        for (Status s : Status.values()) {
            offered.put(
                    s,
                    Arrays.stream(Action.values())
                            .filter(a -> a.appliesTo(s))
                            .map(Action::key)
                            .collect(Collectors.joining(" ")));
        }

        assertThat(offered)
                .containsExactlyEntriesOf(new TreeMap<>(Map.of(
                        Status.DRAFT, "save submit publish",
                        Status.IN_REVIEW, "save publish draft",
                        Status.PUBLISHED, "save unpublish",
                        Status.NEEDS_REVIEW, "save publish unpublish",
                        Status.WITHDRAWN, "save publish draft")));
    }

    @Test
    void letsAContributorSaveAndSubmitOnlyTheirOwnDraft() {
        Publication draft =
                Publication.builder().title("Mine").status(Status.DRAFT).build();
        Publication inReview = draft.toBuilder().status(Status.IN_REVIEW).build();

        assertThat(Action.SAVE.allowed(draft, CONTRIBUTOR, "cora")).isTrue();
        assertThat(Action.SUBMIT.allowed(draft, CONTRIBUTOR, "cora")).isTrue();
        assertThat(Action.SAVE.allowed(draft, CONTRIBUTOR, "someone-else")).isFalse();
        assertThat(Action.SAVE.allowed(inReview, CONTRIBUTOR, "cora")).isFalse();
        assertThat(Action.PUBLISH.allowed(draft, CONTRIBUTOR, "cora")).isFalse();
    }

    @Test
    void letsAnEditorTakeEveryActionOnAnyonesDraftAndAReaderNone() {
        Publication draft =
                Publication.builder().title("Theirs").status(Status.DRAFT).build();

        assertThat(Action.values()).allMatch(a -> a.allowed(draft, EDITOR, "cora"));
        assertThat(Action.values()).noneMatch(a -> a.allowed(draft, READER, "rita"));
    }

    private static Account account(String username, Role role) {
        return new Account("01" + username.toUpperCase(), username, username, role, false, Instant.EPOCH);
    }
}
