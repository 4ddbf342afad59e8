package org.dossier.app.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.dossier.catalog.Catalog;
import org.dossier.catalog.Incoming;
import org.dossier.catalog.WriteResult;
import org.dossier.publication.Publication;
import org.dossier.publication.Status;
import org.junit.jupiter.api.Test;

/** What every store must do with numbered series: keep each number once per series, translations aside. */
interface SeriesContract {

    Catalog catalog();

    @Test
    default void refusesANumberTheSeriesHasGivenAnotherPublicationButNotItsTranslation() {
        WriteResult first = write(brief("pb-151", "The Bamako Bargain", "151").build());
        WriteResult again = write(brief("pb-other", "Another Brief", "151").build());
        WriteResult translation = write(brief("pb-151-fr", "Le marché de Bamako", "151")
                .translationOf("pb-151")
                .language("fr")
                .build());
        WriteResult otherSeries = write(
                brief("sr-151", "A Report", "151").series("Special Report").build());

        assertThat(first).isInstanceOf(WriteResult.Written.class);
        assertThat(again).isInstanceOfSatisfying(WriteResult.Failed.class, f -> {
            assertThat(f.field()).isEqualTo("series_number");
            assertThat(f.message()).isEqualTo("Peace Brief 151 is already “The Bamako Bargain” (pb-151)");
        });
        assertThat(catalog().find("pb-other")).isEmpty();
        assertThat(translation).isInstanceOf(WriteResult.Written.class);
        assertThat(otherSeries).isInstanceOf(WriteResult.Written.class);
        assertThat(catalog().numberedIn("Peace Brief"))
                .containsExactlyInAnyOrder(
                        new Catalog.Numbered("pb-151", "151"), new Catalog.Numbered("pb-151-fr", "151"));
    }

    private WriteResult write(Publication p) {
        return catalog().write(List.of(List.of(Incoming.whole(p)))).get(0);
    }

    private static Publication.Builder brief(String id, String title, String number) {
        return Publication.builder()
                .id(id)
                .title(title)
                .status(Status.PUBLISHED)
                .series("Peace Brief")
                .seriesNumber(number);
    }
}
