package org.dossier.search.solr;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.request.CollectionAdminRequest;
import org.apache.solr.client.solrj.request.ConfigSetAdminRequest;
import org.apache.solr.client.solrj.response.CollectionAdminResponse;
import org.apache.solr.common.util.Utils;
import org.dossier.search.lucene.Analyzers;

/**
 * Dossier's collection on a SolrCloud cluster. The configset is the project's own (schema.xml and
 * solrconfig.xml, with stop words written from the embedded analysers' lists) and is named after its
 * content, so a changed schema is a new configset. The collection is reached through an alias, so that a
 * rebuilt collection can replace it without downtime.
 */
final class SolrCollections {
    private static final String[] FILES = {"schema.xml", "solrconfig.xml"};

    private final SolrClient client;

    SolrCollections(SolrClient client) {
        this.client = client;
    }

    /** The configset's files by name. */
    static Map<String, byte[]> configFiles() {
        Map<String, byte[]> files = new LinkedHashMap<>();
        for (String name : FILES) {
            try (InputStream in =
                    Objects.requireNonNull(SolrCollections.class.getResourceAsStream("configset/" + name), name)) {
                files.put(name, in.readAllBytes());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        files.put("stopwords_en.txt", lines(Analyzers.englishStopWords()));
        files.put("stopwords_fr.txt", lines(Analyzers.frenchStopWords()));
        files.put(
                "elisions_fr.txt", String.join("\n", Analyzers.FRENCH_ELISIONS).getBytes(StandardCharsets.UTF_8));
        return files;
    }

    private static byte[] lines(CharArraySet words) {
        StringBuilder s = new StringBuilder();
        words.stream()
                .map(w -> new String((char[]) w))
                .sorted()
                .forEach(w -> s.append(w).append('\n'));
        return s.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** "dossier-" and the first hex digits of the configset's digest. */
    static String configName() {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            configFiles().forEach((name, bytes) -> {
                sha.update(name.getBytes(StandardCharsets.UTF_8));
                sha.update(bytes);
            });
            return "dossier-" + HexFormat.of().formatHex(sha.digest()).substring(0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Makes sure the alias names a collection on the current configset: uploads the configset when the
     * cluster lacks it, creates a collection and the alias when there is none, and moves an existing one
     * to a changed configset (then reloads it). Returns the collection the alias names.
     */
    String ensure(String alias, int shards, int replicas) {
        try {
            String config = ensureConfigset();
            String collection = collectionOf(alias);
            if (collection == null) {
                collection = create(alias + "_" + System.currentTimeMillis(), shards, replicas);
                CollectionAdminRequest.createAlias(alias, collection).process(client);
            } else if (!config.equals(configOf(collection))) {
                CollectionAdminRequest.modifyCollection(collection, Map.of("collection.configName", config))
                        .process(client);
                CollectionAdminRequest.reloadCollection(collection).process(client);
            }
            return collection;
        } catch (SolrServerException | IOException e) {
            throw failed("cannot set up the SolrCloud collection " + alias, e);
        }
    }

    /**
     * A new collection for the alias, on the current configset, to be filled and then named by the alias;
     * collections of the alias older than the one it names now are deleted first.
     */
    String createBeside(String alias, int shards, int replicas) {
        try {
            String current = collectionOf(alias);
            for (String old : CollectionAdminRequest.listCollections(client)) {
                if (old.startsWith(alias + "_") && !old.equals(current)) {
                    CollectionAdminRequest.deleteCollection(old).process(client);
                }
            }
            return create(alias + "_" + System.currentTimeMillis(), shards, replicas);
        } catch (SolrServerException | IOException e) {
            throw failed("cannot create a collection for " + alias, e);
        }
    }

    /** Names the collection by the alias, from now on. */
    void point(String alias, String collection) {
        try {
            CollectionAdminRequest.createAlias(alias, collection).process(client);
        } catch (SolrServerException | IOException e) {
            throw failed("cannot point " + alias + " at " + collection, e);
        }
    }

    private static UncheckedIOException failed(String what, Exception e) {
        return new UncheckedIOException(
                what + ": " + e.getMessage(), e instanceof IOException io ? io : new IOException(e));
    }

    /** Uploads the current configset unless the cluster has it; returns its name. */
    String ensureConfigset() throws SolrServerException, IOException {
        String config = configName();
        if (!new ConfigSetAdminRequest.List().process(client).getConfigSets().contains(config)) {
            upload(config);
        }
        return config;
    }

    /** A new collection on the current configset, ready when this returns. */
    String create(String name, int shards, int replicas) throws SolrServerException, IOException {
        CollectionAdminRequest.createCollection(name, configName(), shards, replicas)
                .process(client);
        return name;
    }

    /** The collection an alias names (or the collection of that name), or null when there is neither. */
    String collectionOf(String alias) throws SolrServerException, IOException {
        Map<String, String> aliases =
                new CollectionAdminRequest.ListAliases().process(client).getAliases();
        if (aliases.containsKey(alias)) {
            return aliases.get(alias);
        }
        List<String> collections = CollectionAdminRequest.listCollections(client);
        return collections.contains(alias) ? alias : null;
    }

    private String configOf(String collection) throws SolrServerException, IOException {
        CollectionAdminResponse status = CollectionAdminRequest.getClusterStatus()
                .setCollectionName(collection)
                .process(client);
        Object name = Utils.getObjectByPath(
                status.getResponse(), false, List.of("cluster", "collections", collection, "configName"));
        return name == null ? null : name.toString();
    }

    private void upload(String config) throws SolrServerException, IOException {
        Path zip = Files.createTempFile("dossier-configset", ".zip");
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (ZipOutputStream out = new ZipOutputStream(bytes)) {
                for (Map.Entry<String, byte[]> file : configFiles().entrySet()) {
                    out.putNextEntry(new ZipEntry(file.getKey()));
                    out.write(file.getValue());
                    out.closeEntry();
                }
            }
            Files.write(zip, bytes.toByteArray());
            ConfigSetAdminRequest.Upload upload = new ConfigSetAdminRequest.Upload();
            upload.setConfigSetName(config);
            upload.setUploadFile(zip.toFile(), "application/zip");
            upload.process(client);
        } finally {
            Files.deleteIfExists(zip);
        }
    }
}
