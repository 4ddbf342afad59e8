package org.dossier.app.oai;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The OAI-PMH 2.0 provider at {@code /oai} (GET or POST): all six verbs, answered with HTTP 200 and an
 * OAI-PMH document, errors included, as the protocol asks.
 */
@RestController
@ConditionalOnWebApplication
class OaiController {
    private final OaiIdentity identity;
    private final OaiVerbs verbs;
    private final OaiLists lists;
    private final Clock clock;

    OaiController(OaiIdentity identity, OaiVerbs verbs, OaiLists lists, Clock clock) {
        this.identity = identity;
        this.verbs = verbs;
        this.lists = lists;
        this.clock = clock;
    }

    @RequestMapping(
            value = "/oai",
            method = {RequestMethod.GET, RequestMethod.POST},
            produces = "text/xml;charset=UTF-8")
    String oai(@RequestParam MultiValueMap<String, String> params) {
        Instant now = clock.instant();
        OaiRequest request;
        try {
            request = OaiRequest.parse(params);
        } catch (OaiException e) {
            return OaiXml.error(now, identity.baseUrl(), Map.of(), e);
        }
        Map<String, String> echoed = new LinkedHashMap<>();
        echoed.put("verb", request.verb());
        echoed.putAll(request.arguments());
        try {
            XmlOut xml = OaiXml.open(now, identity.baseUrl(), echoed);
            switch (request.verb()) {
                case "Identify" -> verbs.identify(xml, now);
                case "ListMetadataFormats" -> verbs.listMetadataFormats(xml, request);
                case "ListSets" -> verbs.listSets(xml, request);
                case "GetRecord" -> verbs.getRecord(xml, request);
                case "ListIdentifiers" -> lists.list(xml, request, false);
                default -> lists.list(xml, request, true);
            }
            return xml.end().toString();
        } catch (OaiException e) {
            return OaiXml.error(now, identity.baseUrl(), e.error().unreadable() ? Map.of() : echoed, e);
        }
    }
}
