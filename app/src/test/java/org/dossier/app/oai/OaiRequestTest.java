package org.dossier.app.oai;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.dossier.app.oai.OaiException.OaiError;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.web.util.UriComponentsBuilder;

/** Reading an OAI-PMH request as the protocol asks, before anything is looked up. */
class OaiRequestTest {

    @Test
    void readsAVerbWithItsArguments() {
        OaiRequest r = parse("verb=ListRecords&metadataPrefix=mods&set=topic:gender&from=2024-01-01");

        assertThat(r.verb()).isEqualTo("ListRecords");
        assertThat(r.arguments())
                .containsExactly(
                        Map.entry("metadataPrefix", "mods"),
                        Map.entry("set", "topic:gender"),
                        Map.entry("from", "2024-01-01"));
        assertThat(r.argument("until")).isEmpty();
    }

    @Test
    void takesAResumptionTokenInPlaceOfTheRequiredArguments() {
        assertThat(parse("verb=ListIdentifiers&resumptionToken=abc").argument("resumptionToken"))
                .contains("abc");
    }

    @ParameterizedTest(name = "{0} → {1}: {2}")
    @CsvSource(
            delimiter = '|',
            value = {
                "metadataPrefix=oai_dc                                  | BAD_VERB     | The request has no verb.",
                "verb=Identify&verb=Identify                            | BAD_VERB     | The verb is given more than once.",
                "verb=Harvest                                           | BAD_VERB     | Unknown verb 'Harvest'",
                "verb=Identify&set=x                                    | BAD_ARGUMENT | Identify does not take the argument 'set'.",
                "verb=GetRecord&identifier=a&identifier=b&metadataPrefix=oai_dc | BAD_ARGUMENT | The argument 'identifier' is given more than once.",
                "verb=GetRecord&identifier=a                            | BAD_ARGUMENT | GetRecord needs the argument 'metadataPrefix'.",
                "verb=ListRecords&resumptionToken=abc&metadataPrefix=mods | BAD_ARGUMENT | A resumptionToken is given alone",
            })
    void refusesWhatTheProtocolForbidsWithItsErrorCode(String query, OaiError error, String message) {
        assertThatThrownBy(() -> parse(query))
                .isInstanceOf(OaiException.class)
                .hasMessageContaining(message)
                .extracting(e -> ((OaiException) e).error())
                .isEqualTo(error);
    }

    private static OaiRequest parse(String query) {
        var params = UriComponentsBuilder.fromUriString("/oai?" + query).build().getQueryParams();
        return OaiRequest.parse(new LinkedMultiValueMap<>(params));
    }
}
