package org.dossier.localcluster;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.solr.cloud.MiniSolrCloudCluster;
import org.apache.solr.embedded.JettyConfig;
import org.apache.solr.embedded.JettySolrRunner;

/**
 * What a Dossier cluster needs besides its app nodes, in this process: an embedded ZooKeeper and {@code
 * nodes} Solr nodes on free ports, and with {@code --postgres} a PostgreSQL 15 server (from its Maven
 * binaries), their data under a folder. It prints where they are ({@code jdbc-url=...}, {@code
 * solr-urls=...}) and then obeys lines on its standard input: {@code stop N} and {@code start N} stop and
 * restart Solr node N (to try a node's loss), {@code quit} (or the end of the input) shuts everything down.
 *
 * <p>Usage: {@code java -cp <target/classpath.txt>:target/classes org.dossier.localcluster.LocalCluster FOLDER
 * [NODES] [--postgres]}. A single ZooKeeper is a convenience for trials: real availability needs three.
 */
public final class LocalCluster {
    private LocalCluster() {}

    public static void main(String[] args) throws Exception {
        List<String> arguments = new ArrayList<>(List.of(args));
        boolean postgres = arguments.remove("--postgres");
        if (arguments.isEmpty()) {
            System.err.println("usage: LocalCluster FOLDER [NODES] [--postgres]");
            System.exit(2);
        }
        Path folder = Files.createDirectories(Path.of(arguments.get(0)));
        int nodes = arguments.size() > 1 ? Integer.parseInt(arguments.get(1)) : 2;
        System.setProperty("solr.log.dir", folder.resolve("logs").toString());
        EmbeddedPostgres database = postgres
                ? EmbeddedPostgres.builder()
                        .setDataDirectory(Files.createDirectories(folder.resolve("postgres")))
                        .setCleanDataDirectory(false)
                        .start()
                : null;
        MiniSolrCloudCluster cluster = new MiniSolrCloudCluster(
                nodes,
                Files.createDirectories(folder.resolve("solr")),
                JettyConfig.builder().build());
        // also on Ctrl-C, which reaches this process as well as the one that started it
        Runtime.getRuntime().addShutdownHook(new Thread(() -> shutDown(cluster, database)));
        if (database != null) {
            say("jdbc-url=" + database.getJdbcUrl("postgres", "postgres"));
        }
        List<JettySolrRunner> runners = new ArrayList<>(cluster.getJettySolrRunners());
        say("solr-urls=" + urls(cluster));
        try (BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8))) {
            for (String line = in.readLine(); line != null && !line.strip().equals("quit"); line = in.readLine()) {
                obey(cluster, runners, line.strip());
            }
        }
        System.exit(0);
    }

    private static synchronized void shutDown(MiniSolrCloudCluster cluster, EmbeddedPostgres database) {
        try {
            cluster.shutdown();
            if (database != null) {
                database.close();
            }
        } catch (Exception e) {
            System.err.println("could not stop everything: " + e);
        }
        say("stopped");
    }

    private static void obey(MiniSolrCloudCluster cluster, List<JettySolrRunner> runners, String line) {
        String[] words = line.split("\\s+");
        try {
            if (words.length == 2 && words[0].equals("stop")) {
                cluster.stopJettySolrRunner(runners.get(Integer.parseInt(words[1])));
                say("stopped " + words[1]);
            } else if (words.length == 2 && words[0].equals("start")) {
                JettySolrRunner node = runners.get(Integer.parseInt(words[1]));
                cluster.startJettySolrRunner(node);
                say("started " + words[1] + " " + node.getBaseUrl());
            } else if (!line.isEmpty()) {
                say("unknown command: " + line);
            }
        } catch (Exception e) {
            say("failed: " + e);
        }
    }

    private static String urls(MiniSolrCloudCluster cluster) {
        return cluster.getJettySolrRunners().stream()
                .map(j -> j.getBaseUrl().toString())
                .collect(Collectors.joining(","));
    }

    private static void say(String line) {
        System.out.println(line);
        System.out.flush();
    }
}
