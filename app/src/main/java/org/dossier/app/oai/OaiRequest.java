package org.dossier.app.oai;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.dossier.app.oai.OaiException.OaiError;
import org.springframework.util.MultiValueMap;

/**
 * An OAI-PMH request, checked as the protocol asks: one known verb, each argument once, only the arguments
 * that verb takes, the required ones present, and a resumption token alone.
 */
record OaiRequest(String verb, Map<String, String> arguments) {
    private static final Set<String> LIST_ARGUMENTS =
            Set.of("from", "until", "metadataPrefix", "set", "resumptionToken");
    private static final Map<String, Set<String>> ALLOWED = Map.of(
            "Identify", Set.of(),
            "ListMetadataFormats", Set.of("identifier"),
            "ListSets", Set.of("resumptionToken"),
            "GetRecord", Set.of("identifier", "metadataPrefix"),
            "ListIdentifiers", LIST_ARGUMENTS,
            "ListRecords", LIST_ARGUMENTS);
    private static final Map<String, List<String>> REQUIRED = Map.of(
            "GetRecord", List.of("identifier", "metadataPrefix"),
            "ListIdentifiers", List.of("metadataPrefix"),
            "ListRecords", List.of("metadataPrefix"));

    static OaiRequest parse(MultiValueMap<String, String> params) {
        List<String> verbs = params.getOrDefault("verb", List.of());
        if (verbs.isEmpty()) {
            throw new OaiException(OaiError.BAD_VERB, "The request has no verb.");
        }
        if (verbs.size() > 1) {
            throw new OaiException(OaiError.BAD_VERB, "The verb is given more than once.");
        }
        String verb = verbs.get(0);
        Set<String> allowed = ALLOWED.get(verb);
        if (allowed == null) {
            throw new OaiException(
                    OaiError.BAD_VERB,
                    "Unknown verb '" + verb + "': use Identify, ListMetadataFormats, "
                            + "ListSets, GetRecord, ListIdentifiers or ListRecords.");
        }
        Map<String, String> arguments = new LinkedHashMap<>();
        params.forEach((name, values) -> {
            if (name.equals("verb")) {
                return;
            }
            if (!allowed.contains(name)) {
                throw new OaiException(OaiError.BAD_ARGUMENT, verb + " does not take the argument '" + name + "'.");
            }
            if (values.size() > 1) {
                throw new OaiException(OaiError.BAD_ARGUMENT, "The argument '" + name + "' is given more than once.");
            }
            arguments.put(name, values.get(0));
        });
        if (arguments.containsKey("resumptionToken")) {
            if (arguments.size() > 1) {
                throw new OaiException(
                        OaiError.BAD_ARGUMENT, "A resumptionToken is given alone, without other arguments.");
            }
        } else {
            for (String name : REQUIRED.getOrDefault(verb, List.of())) {
                if (!arguments.containsKey(name)) {
                    throw new OaiException(OaiError.BAD_ARGUMENT, verb + " needs the argument '" + name + "'.");
                }
            }
        }
        return new OaiRequest(verb, arguments);
    }

    Optional<String> argument(String name) {
        return Optional.ofNullable(arguments.get(name));
    }
}
