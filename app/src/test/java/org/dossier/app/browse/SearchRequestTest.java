package org.dossier.app.browse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dossier.field.FieldException;
import org.dossier.search.Facet;
import org.dossier.search.SearchQuery;
import org.dossier.search.SortOrder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.web.util.UriComponentsBuilder;

/** A search as its address carries it: read, checked parameter by parameter, and written back the same way. */
class SearchRequestTest {

    @Test
    void readsWordsFacetsDatesSortAndPage() {
        SearchRequest r = parse(
                "q=+coup+&type=Report&country=MLI&country=NER&country=&from=2013&to=2014-02&sort=newest&page=3&size=10");

        assertThat(r.q()).isEqualTo("coup");
        assertThat(r.filters()).isEqualTo(Map.of(Facet.TYPE, Set.of("Report"), Facet.COUNTRY, Set.of("MLI", "NER")));
        assertThat(r.sort()).isEqualTo(SortOrder.ofKey("newest").orElseThrow());
        SearchQuery q = r.toQuery(Set.of(), 10);
        assertThat(q.from()).isEqualTo(LocalDate.of(2013, 1, 1));
        assertThat(q.to()).isEqualTo(LocalDate.of(2014, 2, 28));
        assertThat(q.offset()).isEqualTo(20);
        assertThat(q.size()).isEqualTo(10);
    }

    @Test
    void writesItselfBackInAFixedOrderLeavingOutDefaults() {
        SearchRequest r = parse("page=2&country=MLI&q=mali+coup&type=Peace+Brief&size=20");

        assertThat(r.queryString()).isEqualTo("q=mali+coup&type=Peace+Brief&country=MLI&page=2");
        assertThat(parse(r.queryString())).isEqualTo(r);
        assertThat(parse("").queryString()).isEmpty();
    }

    @Test
    void togglesAFacetValueAndGoesBackToTheFirstPage() {
        SearchRequest r = parse("q=mali&country=MLI&page=4");

        assertThat(r.toggled(Facet.COUNTRY, "NER").queryString()).isEqualTo("q=mali&country=MLI&country=NER");
        assertThat(r.toggled(Facet.COUNTRY, "MLI").queryString()).isEqualTo("q=mali");
    }

    @ParameterizedTest(name = "{0} → {1}: {2}")
    @CsvSource(
            delimiter = '|',
            value = {
                "sort=best            | sort | must be relevance, newest, oldest or title",
                "page=0               | page | must be 1 or more",
                "page=two             | page | must be a whole number, not 'two'",
                "size=101             | size | must be between 1 and 100",
                "page=501&size=20     | page | goes beyond the first 10000 results",
                "from=2013-13         | from | ",
                "to=last+year         | to   | ",
                "q=a&q=b              | q    | may be given once",
            })
    void namesTheParameterThatIsWrong(String query, String field, String message) {
        assertThatThrownBy(() -> parse(query))
                .isInstanceOf(FieldException.class)
                .hasMessageContaining(message == null ? "" : message)
                .extracting(e -> ((FieldException) e).field())
                .isEqualTo(field);
    }

    private static SearchRequest parse(String query) {
        Map<String, List<String>> params =
                UriComponentsBuilder.fromUriString("/publications?" + query)
                        .build()
                        .getQueryParams()
                        .entrySet()
                        .stream()
                        .collect(java.util.stream.Collectors.toMap(
                                Map.Entry::getKey,
                                e -> e.getValue().stream()
                                        .map(v -> v == null
                                                ? null
                                                : java.net.URLDecoder.decode(
                                                        v, java.nio.charset.StandardCharsets.UTF_8))
                                        .toList()));
        return SearchRequest.parse(params);
    }
}
