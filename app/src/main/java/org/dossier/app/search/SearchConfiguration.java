package org.dossier.app.search;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ForkJoinPool;
import org.dossier.place.Gazetteer;
import org.dossier.search.Embedder;
import org.dossier.search.SearchIndex;
import org.dossier.search.lucene.LuceneSearchIndex;
import org.dossier.search.solr.SolrSearchIndex;
import org.dossier.semantic.MiniLmEmbedder;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The search index: embedded Lucene in {@code <data>/index} (the default; one process owns it, the one that
 * serves), or a SolrCloud collection shared by every node ({@code dossier.search.engine=solr}). Commands that
 * only touch the store (import, export) run without it. With {@code dossier.search.semantic=true} the embedded
 * index also stores a meaning vector per publication (the SolrCloud adapter does not yet).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "dossier.search.enabled", havingValue = "true", matchIfMissing = true)
class SearchConfiguration {
    static final String SOLR = "solr";

    @Bean(destroyMethod = "close")
    @ConditionalOnProperty(name = "dossier.search.engine", havingValue = "embedded", matchIfMissing = true)
    SearchIndex embeddedSearchIndex(
            @Value("${dossier.data}") Path data, Gazetteer gazetteer, ObjectProvider<Embedder> embedder) {
        return new LuceneSearchIndex(data.resolve("index"), gazetteer, embedder.getIfAvailable());
    }

    /** Meaning vectors for related publications and hybrid search, computed in the process on the CPU. */
    @Bean
    @ConditionalOnProperty(name = "dossier.search.semantic", havingValue = "true")
    Embedder embedder() {
        return new MiniLmEmbedder(ForkJoinPool.commonPool());
    }

    @Bean(destroyMethod = "close")
    @ConditionalOnProperty(name = "dossier.search.engine", havingValue = SOLR)
    SearchIndex solrSearchIndex(
            @Value("${dossier.search.solr.urls}") String urls,
            @Value("${dossier.search.solr.collection:dossier}") String collection,
            @Value("${dossier.search.solr.shards:2}") int shards,
            @Value("${dossier.search.solr.replicas:2}") int replicas,
            Gazetteer gazetteer) {
        List<String> nodes = Arrays.stream(urls.split(","))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .toList();
        if (nodes.isEmpty()) {
            throw new IllegalStateException(
                    "dossier.search.engine=solr needs dossier.search.solr.urls: the address of one or more Solr"
                            + " nodes, e.g. http://solr1:8983/solr,http://solr2:8983/solr");
        }
        return SolrSearchIndex.connect(nodes, collection, shards, replicas, gazetteer);
    }
}
