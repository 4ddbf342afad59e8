package org.dossier.publication;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TextTest {

    @Test
    void aTitleBrokenOverLinesByItsSourceIsOneLine() {
        Publication p = Publication.builder()
                .title("Abuja Peace Agreement to Supplement the Cotonou and Akosombo\nAgreements\r\n\n\tas clarified")
                .type("Peace\u00a0agreement")
                .topics(List.of("Justice,\nSecurity & Rule of Law", "Justice, Security & Rule of Law"))
                .build();

        assertThat(p.title())
                .isEqualTo("Abuja Peace Agreement to Supplement the Cotonou and Akosombo Agreements as clarified");
        assertThat(p.type()).isEqualTo("Peace agreement");
        assertThat(p.topics()).containsExactly("Justice, Security & Rule of Law");
    }

    @Test
    void aLineLosesControlCharactersAndKeepsWhatIsBlankAbsent() {
        assertThat(Text.line("\u0007 Coup\u0000 in\u001b Mali ")).isEqualTo("Coup in Mali");
        assertThat(Text.line(" \n\t")).isNull();
        assertThat(Text.line(null)).isNull();
    }
}
