package org.dossier.app.oai;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import org.dossier.app.oai.OaiException.OaiError;
import org.dossier.catalog.ChangeLog.Position;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A resumption token carries the whole request and where the list stopped; anything else is refused. */
class ResumptionTokenTest {
    private static final Position AFTER = new Position(Instant.parse("2024-05-02T10:15:30.123Z"), "01HXYZ");

    @Test
    void readsBackEverythingItWasMadeOf() {
        ResumptionToken token = new ResumptionToken(
                "mods",
                "place:sahel",
                Instant.parse("2020-01-01T00:00:00Z"),
                Instant.parse("2024-12-31T23:59:59Z"),
                200,
                2261,
                AFTER);

        assertThat(ResumptionToken.decode(token.encode())).isEqualTo(token);
    }

    @Test
    void keepsAnAbsentSetAndAbsentDatesAbsent() {
        ResumptionToken token = new ResumptionToken("oai_dc", null, null, null, 100, 101, AFTER);

        ResumptionToken read = ResumptionToken.decode(token.encode());

        assertThat(read.set()).isNull();
        assertThat(read.from()).isNull();
        assertThat(read.until()).isNull();
    }

    @Test
    void isSafeInAnAddressAsItIs() {
        String encoded =
                new ResumptionToken("oai_dc", "topic:women-girls-and-gender", null, null, 100, 101, AFTER).encode();

        assertThat(encoded).matches("[A-Za-z0-9_-]+");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "not-a-token", "%%%", "bm90IG91cnM"})
    void refusesATokenItDidNotGive(String token) {
        assertThatThrownBy(() -> ResumptionToken.decode(token))
                .isInstanceOf(OaiException.class)
                .hasMessage("The resumptionToken '" + token + "' is not one this repository gave.")
                .extracting(e -> ((OaiException) e).error())
                .isEqualTo(OaiError.BAD_RESUMPTION_TOKEN);
    }

    @Test
    void refusesATokenOfAnotherVersionOrWithAFieldThatIsNotANumber() {
        for (String plain : new String[] {
            "2|oai_dc||||100|101|1714644930123|01HXYZ",
            "1|oai_dc||||many|101|1714644930123|01HXYZ",
            "1|oai_dc||||100|101|1714644930123|"
        }) {
            String token =
                    Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.UTF_8));
            assertThatThrownBy(() -> ResumptionToken.decode(token)).as(plain).isInstanceOf(OaiException.class);
        }
    }
}
