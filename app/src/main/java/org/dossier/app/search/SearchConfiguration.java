package org.dossier.app.search;

import java.nio.file.Path;
import org.dossier.place.Gazetteer;
import org.dossier.search.SearchIndex;
import org.dossier.search.lucene.LuceneSearchIndex;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The search index: embedded Lucene in {@code <data>/index}. One process owns it (the one that serves);
 * commands that only touch the store (import, export) run without it.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "dossier.search.enabled", havingValue = "true", matchIfMissing = true)
class SearchConfiguration {

    @Bean(destroyMethod = "close")
    SearchIndex searchIndex(@Value("${dossier.data}") Path data, Gazetteer gazetteer) {
        return new LuceneSearchIndex(data.resolve("index"), gazetteer);
    }
}
