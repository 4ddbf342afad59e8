package org.dossier.search;

import java.util.List;

/**
 * Turns texts into vectors of meaning: two texts whose vectors are close (by cosine) say alike things, in
 * whatever words. Runs in the process; the search index stores a vector per publication and finds
 * publications by meaning with it.
 */
public interface Embedder {

    /** The model's name, stored with the index so that vectors of two models are never compared. */
    String model();

    int dimensions();

    /** One unit-length vector per text (none of them blank), in order. */
    List<float[]> embed(List<String> texts);
}
