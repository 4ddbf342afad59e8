package org.dossier.search.solr;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.apache.solr.client.solrj.request.FieldAnalysisRequest;
import org.apache.solr.client.solrj.response.AnalysisResponseBase;
import org.apache.solr.client.solrj.response.FieldAnalysisResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The collection's schema analyses every field as the embedded index's analysers do (which this adapter runs too). */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Tag("slow")
class SameAnalysisTest {
    private static final String TEXT = "L'accord de Bamako : la sécurité régionale, l'État's agreements — "
            + "the Sahel's DECENTRALISATION in Côte d'Ivoire, 1,000 refugees (U.S.A.) jusqu'à Tombouctou";

    SolrSearchIndex index;

    @BeforeAll
    void connect() {
        index = TestCluster.index("analysis");
    }

    @AfterAll
    void close() {
        index.close();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "title_en",
                "text_en",
                "title_fr",
                "text_fr",
                "words",
                "names",
                "topics",
                "places",
                "suggest_words"
            })
    void solrMakesTheSameTermsOfAText(String field) throws Exception {
        FieldAnalysisRequest request =
                new FieldAnalysisRequest().addFieldName(field).setFieldValue(TEXT);
        FieldAnalysisResponse response = request.process(index.client(), index.collection());
        List<AnalysisResponseBase.AnalysisPhase> phases = new ArrayList<>();
        response.getFieldNameAnalysis(field).getIndexPhases().forEach(phases::add);
        List<String> solrTerms = phases.get(phases.size() - 1).getTokens().stream()
                .map(AnalysisResponseBase.TokenInfo::getText)
                .toList();

        assertThat(solrTerms).isNotEmpty().isEqualTo(new Analysis().tokens(field, TEXT));
    }
}
