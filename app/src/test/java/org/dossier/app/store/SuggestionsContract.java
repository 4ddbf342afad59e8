package org.dossier.app.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.dossier.catalog.Catalog;
import org.dossier.catalog.Incoming;
import org.dossier.enrich.Suggestion;
import org.dossier.enrich.Suggestion.Kind;
import org.dossier.enrich.Suggestion.State;
import org.dossier.enrich.Suggestions;
import org.dossier.publication.Publication;
import org.dossier.publication.Status;
import org.junit.jupiter.api.Test;

/** What every store's enrichment suggestions must do. */
interface SuggestionsContract {

    Catalog catalog();

    Suggestions suggestions();

    @Test
    default void aRejectedSuggestionIsRememberedAndNotOfferedAgain() {
        catalog()
                .write(List.of(List.of(Incoming.whole(Publication.builder()
                        .id("enrich-contract")
                        .title("Councils in Mali")
                        .status(Status.DRAFT)
                        .build()))));
        Suggestion mali = new Suggestion("enrich-contract", Kind.PLACE, "MLI", 9.5, "Mali ×7", 0, State.OPEN);
        Suggestion niger = new Suggestion("enrich-contract", Kind.PLACE, "NER", 2.0, "Niger ×2", 1, State.OPEN);

        int queuedBefore = suggestions().queued();
        assertThat(suggestions().offer(List.of(mali, niger))).isEqualTo(2);
        assertThat(suggestions().queued()).isEqualTo(queuedBefore + 1);
        assertThat(suggestions().queue(0, 10)).contains("enrich-contract");
        suggestions().decide("enrich-contract", Kind.PLACE, "NER", State.REJECTED);

        assertThat(suggestions().offer(List.of(mali, niger)))
                .as("offered again")
                .isZero();
        assertThat(suggestions().of("enrich-contract", State.OPEN)).containsExactly(mali);
        assertThat(suggestions().of("enrich-contract", State.REJECTED))
                .extracting(Suggestion::value)
                .containsExactly("NER");
        suggestions().decide("enrich-contract", Kind.PLACE, "MLI", State.ACCEPTED);
        assertThat(suggestions().queue(0, 10)).doesNotContain("enrich-contract");
        assertThat(suggestions().queued()).isEqualTo(queuedBefore);
    }

    @Test
    default void givesEveryTaggedPublicationsTopicsInTheirOrder() {
        catalog()
                .write(List.of(
                        List.of(Incoming.whole(Publication.builder()
                                .id("topics-contract-1")
                                .title("Wells and councils")
                                .status(Status.DRAFT)
                                .topics(List.of("Water", "Local government"))
                                .build())),
                        List.of(Incoming.whole(Publication.builder()
                                .id("topics-contract-2")
                                .title("Untagged")
                                .status(Status.DRAFT)
                                .build()))));

        var topics = catalog().topicsByPublication();

        assertThat(topics.get("topics-contract-1")).containsExactly("Water", "Local government");
        assertThat(topics).doesNotContainKey("topics-contract-2");
    }
}
