package org.dossier.search.solr;

import static org.dossier.search.solr.SolrFields.*;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.apache.solr.client.solrj.request.json.JsonQueryRequest;
import org.apache.solr.client.solrj.response.Group;
import org.apache.solr.client.solrj.response.GroupCommand;
import org.apache.solr.client.solrj.response.GroupResponse;
import org.apache.solr.common.SolrDocument;
import org.dossier.search.Suggestion;

/**
 * Autocomplete over the collection's entries: any word of a label matches by its beginning, the words
 * before it in full ("crisis ma" finds "Crisis in Mali"); up to the limit of each kind, titles last, the
 * newest titles first.
 */
final class SolrSuggestions {
    private final Solr solr;
    private final Analysis analysis;

    SolrSuggestions(Solr solr, Analysis analysis) {
        this.solr = solr;
        this.analysis = analysis;
    }

    List<Suggestion> lookup(String prefix, int limit) {
        List<String> tokens = analysis.tokens(SUGGEST_WORDS, prefix);
        if (tokens.isEmpty() || limit <= 0) {
            return List.of();
        }
        List<Object> must = new ArrayList<>();
        boolean lastIsPrefix = !Character.isWhitespace(prefix.charAt(prefix.length() - 1));
        for (int i = 0; i < tokens.size(); i++) {
            boolean prefixed = lastIsPrefix && i == tokens.size() - 1;
            must.add(Map.of(prefixed ? "prefix" : "term", Map.of("f", SUGGEST_WORDS, "query", tokens.get(i))));
        }
        JsonQueryRequest request = new JsonQueryRequest()
                .setQuery(Map.of("bool", Map.of("must", must)))
                .withFilter(KIND + ":" + SUGGESTION)
                .returnFields(SUGGEST_KIND, SUGGEST_KEY, SUGGEST_LABEL)
                .setLimit(Suggestion.Kind.values().length)
                .withParam("group", true)
                .withParam("group.field", SUGGEST_KIND)
                .withParam("group.limit", limit)
                .withParam("group.sort", SUGGEST_WEIGHT + " desc, id asc");
        GroupResponse groups = solr.query(request, false).getGroupResponse();
        Map<Suggestion.Kind, List<Suggestion>> byKind = new EnumMap<>(Suggestion.Kind.class);
        for (GroupCommand command : groups.getValues()) {
            for (Group group : command.getValues()) {
                for (SolrDocument d : group.getResult()) {
                    Suggestion.Kind kind = Suggestion.Kind.valueOf((String) d.getFieldValue(SUGGEST_KIND));
                    byKind.computeIfAbsent(kind, k -> new ArrayList<>())
                            .add(new Suggestion(kind, (String) d.getFieldValue(SUGGEST_KEY), (String)
                                    d.getFieldValue(SUGGEST_LABEL)));
                }
            }
        }
        List<Suggestion> out = new ArrayList<>();
        for (Suggestion.Kind kind : Suggestion.Kind.values()) {
            if (kind != Suggestion.Kind.TITLE) {
                out.addAll(byKind.getOrDefault(kind, List.of()));
            }
        }
        out.addAll(byKind.getOrDefault(Suggestion.Kind.TITLE, List.of()));
        return out;
    }
}
