package org.dossier.app.standards;

import com.apicatalog.jsonld.JsonLd;
import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.document.JsonDocument;
import jakarta.json.JsonArray;
import java.io.StringReader;
import java.net.URI;

/**
 * Pages' JSON-LD as a JSON-LD 1.1 processor (Titanium) expands it: a syntax error fails the test. Tests run
 * offline, so the schema.org context is the part of it these documents need — its vocabulary, as schema.org's own
 * context declares it ({@code "@vocab": "http://schema.org/"}); terms come out as full IRIs.
 */
public final class JsonLdExpansion {
    public static final String SCHEMA = "http://schema.org/";

    private JsonLdExpansion() {}

    public static JsonArray expand(String json) {
        try {
            return JsonLd.expand(JsonDocument.of(new StringReader(json)))
                    .loader((URI url, com.apicatalog.jsonld.loader.DocumentLoaderOptions options) -> {
                        if (!url.toString().matches("https?://schema\\.org/?")) {
                            throw new JsonLdError(
                                    com.apicatalog.jsonld.JsonLdErrorCode.LOADING_REMOTE_CONTEXT_FAILED,
                                    "only schema.org's context is known offline, not " + url);
                        }
                        return JsonDocument.of(new StringReader("{\"@context\": {\"@vocab\": \"" + SCHEMA + "\"}}"));
                    })
                    .get();
        } catch (JsonLdError e) {
            throw new AssertionError("The JSON-LD does not expand: " + e.getMessage() + "\n" + json, e);
        }
    }
}
