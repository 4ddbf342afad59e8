package org.dossier.publication;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SlugsTest {

    @Test
    void foldsAccentsAndApostrophesIntoPlainWords() {
        assertThat(Slugs.of("How International Security Support Contributed to Mali’s Coup"))
                .isEqualTo("how-international-security-support-contributed-to-malis-coup");
        assertThat(Slugs.of("Côte d'Ivoire: sécurité & paix")).isEqualTo("cote-divoire-securite-paix");
    }

    @Test
    void cutsLongTitlesAtAWordBoundary() {
        String slug = Slugs.of("word ".repeat(40));
        assertThat(slug).hasSizeLessThanOrEqualTo(80).endsWith("word").doesNotEndWith("-");
    }

    @Test
    void buildsTheCanonicalPathFromWhatTheDateKnows() {
        assertThat(Slugs.path(PublicationDate.parse("2013-05-02"), "crisis-mali"))
                .isEqualTo("/publications/2013/05/crisis-mali");
        assertThat(Slugs.path(PublicationDate.parse("2012"), "mali-statement"))
                .isEqualTo("/publications/2012/mali-statement");
        assertThat(Slugs.path(null, "draft")).isEqualTo("/publications/undated/draft");
    }
}
