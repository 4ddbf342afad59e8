package org.dossier.search.solr;

import static org.dossier.search.solr.SolrFields.*;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.solr.client.solrj.SolrRequest;
import org.apache.solr.client.solrj.request.QueryRequest;
import org.apache.solr.client.solrj.response.FacetField;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.client.solrj.response.TermsResponse;
import org.apache.solr.common.params.ModifiableSolrParams;
import org.dossier.search.TellingWords;

/**
 * The whole collection's term statistics, summed over its shards: how many publications there are, have
 * each text field, and contain given terms (Solr's terms component).
 */
final class SolrTermStatistics implements TellingWords.Statistics {
    private final Solr solr;
    private long publications = -1;
    private final Map<String, Long> docCounts = new HashMap<>();

    SolrTermStatistics(Solr solr) {
        this.solr = solr;
    }

    @Override
    public long publications() {
        load();
        return publications;
    }

    @Override
    public long docCount(String field) {
        load();
        return docCounts.getOrDefault(field, 0L);
    }

    private void load() {
        if (publications >= 0) {
            return;
        }
        ModifiableSolrParams params = new ModifiableSolrParams();
        params.set("q", KIND + ":" + PUBLICATION);
        params.set("rows", 0);
        params.set("facet", true);
        params.set("facet.field", TEXT_FIELDS);
        params.set("facet.limit", -1);
        QueryResponse response = solr.query(new QueryRequest(params), false);
        FacetField perField = response.getFacetField(TEXT_FIELDS);
        if (perField != null) {
            perField.getValues().forEach(c -> docCounts.put(c.getName(), c.getCount()));
        }
        publications = response.getResults().getNumFound();
    }

    @Override
    public Map<String, Long> docFreqs(String field, Set<String> terms) {
        Map<String, Long> out = new HashMap<>();
        if (terms.isEmpty()) {
            return out;
        }
        ModifiableSolrParams params = new ModifiableSolrParams();
        params.set("terms.fl", field);
        // the list is split at unescaped commas ("1,000" is one term)
        params.set(
                "terms.list",
                terms.stream()
                        .map(t -> t.replace("\\", "\\\\").replace(",", "\\,"))
                        .collect(Collectors.joining(",")));
        params.set("terms.limit", -1);
        QueryRequest request = new QueryRequest(params, SolrRequest.METHOD.POST);
        request.setPath("/terms");
        TermsResponse response = solr.query(request, false).getTermsResponse();
        List<TermsResponse.Term> found = response == null ? null : response.getTerms(field);
        if (found != null) {
            found.stream().filter(t -> t.getFrequency() > 0).forEach(t -> out.put(t.getTerm(), t.getFrequency()));
        }
        return out;
    }
}
