package org.dossier.ingest.pagetext;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TopicSplitterTest {
    private final TopicSplitter splitter = new TopicSplitter(List.of(
            "Civilian-Military Relations",
            "Democracy & Governance",
            "Gender",
            "Peace Processes",
            "Justice, Security & Rule of Law",
            "Security",
            "COVID"));

    @Test
    void splitsTagsWrittenWithoutSeparators() {
        assertThat(splitter.split("Civilian-Military RelationsDemocracy & Governance")
                        .topics())
                .containsExactly("Civilian-Military Relations", "Democracy & Governance");
        assertThat(splitter.split("GenderPeace Processes").topics()).containsExactly("Gender", "Peace Processes");
    }

    @Test
    void keepsATagWithACommaWhole() {
        assertThat(splitter.split("Justice, Security & Rule of Law").topics())
                .containsExactly("Justice, Security & Rule of Law");
    }

    @Test
    void splitsAfterATagThatEndsInCapitals() {
        assertThat(splitter.split("COVIDGender").topics()).containsExactly("COVID", "Gender");
    }

    @Test
    void keepsUnknownTextWholeAndReportsIt() {
        TopicSplitter.Split split = splitter.split("GenderMcCarthy Era StudiesPeace Processes");
        assertThat(split.topics()).containsExactly("Gender", "McCarthy Era Studies", "Peace Processes");
        assertThat(split.unknown()).containsExactly("McCarthy Era Studies");
    }

    @Test
    void usesTheVocabularysSpelling() {
        assertThat(splitter.split("genderPeace processes").topics()).containsExactly("Gender", "Peace Processes");
    }
}
