package org.dossier.localcluster;

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
 * A SolrCloud cluster in this process: an embedded ZooKeeper and {@code nodes} Solr nodes on free ports, their
 * data under a folder. It prints the nodes' addresses ({@code solr-urls=...}) and then obeys lines on its
 * standard input: {@code stop N} and {@code start N} stop and restart node N (to try a node's loss), {@code
 * quit} (or the end of the input) shuts it down.
 *
 * <p>Usage: {@code java -cp <target/classpath.txt>:target/classes org.dossier.localcluster.LocalSolrCloud FOLDER
 * [NODES]}. A single ZooKeeper is a convenience for trials: real availability needs three.
 */
public final class LocalSolrCloud {
    private LocalSolrCloud() {}

    public static void main(String[] args) throws Exception {
        if (args.length < 1) {
            System.err.println("usage: LocalSolrCloud FOLDER [NODES]");
            System.exit(2);
        }
        Path folder = Files.createDirectories(Path.of(args[0]));
        int nodes = args.length > 1 ? Integer.parseInt(args[1]) : 2;
        System.setProperty("solr.log.dir", folder.resolve("logs").toString());
        MiniSolrCloudCluster cluster =
                new MiniSolrCloudCluster(nodes, folder, JettyConfig.builder().build());
        List<JettySolrRunner> runners = new ArrayList<>(cluster.getJettySolrRunners());
        say("solr-urls=" + urls(cluster));
        try (BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8))) {
            for (String line = in.readLine(); line != null && !line.strip().equals("quit"); line = in.readLine()) {
                String[] words = line.strip().split("\\s+");
                try {
                    if (words.length == 2 && words[0].equals("stop")) {
                        cluster.stopJettySolrRunner(runners.get(Integer.parseInt(words[1])));
                        say("stopped " + words[1]);
                    } else if (words.length == 2 && words[0].equals("start")) {
                        JettySolrRunner node = runners.get(Integer.parseInt(words[1]));
                        cluster.startJettySolrRunner(node);
                        say("started " + words[1] + " " + node.getBaseUrl());
                    } else if (!line.isBlank()) {
                        say("unknown command: " + line);
                    }
                } catch (Exception e) {
                    say("failed: " + e);
                }
            }
        } finally {
            cluster.shutdown();
            say("stopped");
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
