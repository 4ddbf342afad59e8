package org.dossier.search.lucene;

import java.nio.file.Path;
import org.dossier.place.Gazetteer;
import org.dossier.search.SearchIndex;
import org.dossier.search.SearchIndexContract;

class LuceneSearchIndexTest extends SearchIndexContract {

    @Override
    protected SearchIndex open(Path folder) {
        return new LuceneSearchIndex(folder, Gazetteer.standard());
    }
}
