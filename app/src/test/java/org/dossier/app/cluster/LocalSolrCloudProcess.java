package org.dossier.app.cluster;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.dossier.Prerequisites;

/**
 * A SolrCloud cluster (module local-cluster) in a process of its own, as an installation would have one
 * beside the application: Solr's Jetty 10 never meets the application's classpath. Nodes can be stopped
 * and started again to try their loss.
 */
public final class LocalSolrCloudProcess implements AutoCloseable {
    private static final Path MODULE = Path.of("..", "local-cluster", "target");

    private static final String ENDED = "\u0000ended";

    private final Process process;
    private final BlockingQueue<String> lines = new LinkedBlockingQueue<>();
    private final Writer in;
    private final List<String> urls;

    private LocalSolrCloudProcess(Process process) throws IOException {
        this.process = process;
        this.in = new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8);
        Thread reader = new Thread(this::readOutput, "local-solrcloud-output");
        reader.setDaemon(true);
        reader.start();
        this.urls =
                List.of(answer("solr-urls=").substring("solr-urls=".length()).split(","));
    }

    /** Reads all the cluster says (its logs too), so that it never waits on a full pipe. */
    private void readOutput() {
        try (BufferedReader out =
                new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                lines.add(line);
            }
        } catch (IOException e) {
            // the process ended
        }
        lines.add(ENDED);
    }

    private static LocalSolrCloudProcess shared;

    /** One cluster for the test classes that only need one, started on first use and stopped with the JVM. */
    public static synchronized LocalSolrCloudProcess shared() throws IOException {
        if (shared == null) {
            shared = start(Files.createTempDirectory("dossier-solrcloud"), 2);
            LocalSolrCloudProcess started = shared;
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    started.close();
                } catch (IOException e) {
                    // the JVM is ending anyway
                }
            }));
        }
        return shared;
    }

    static LocalSolrCloudProcess start(Path folder, int nodes) throws IOException {
        Path classpath = MODULE.resolve("classpath.txt");
        Prerequisites.require(
                Files.isRegularFile(classpath),
                classpath.toAbsolutePath().normalize() + " is absent: build the local-cluster module first"
                        + " (./mvnw install -pl local-cluster)");
        String java = ProcessHandle.current().info().command().orElse("java");
        Process p = new ProcessBuilder(
                        java,
                        "-Xmx512m",
                        "-cp",
                        Files.readString(classpath).strip() + File.pathSeparator + MODULE.resolve("classes"),
                        "org.dossier.localcluster.LocalCluster",
                        folder.toString(),
                        String.valueOf(nodes))
                .redirectError(
                        folder.resolveSibling(folder.getFileName() + ".log").toFile())
                .start();
        return new LocalSolrCloudProcess(p);
    }

    public List<String> urls() {
        return urls;
    }

    void stop(int node) throws IOException {
        tell("stop " + node, "stopped " + node);
    }

    void start(int node) throws IOException {
        tell("start " + node, "started " + node);
    }

    private void tell(String command, String expected) throws IOException {
        in.write(command + "\n");
        in.flush();
        answer(expected);
    }

    /** The next line of the cluster's output that starts so; fails when it says it failed or ends. */
    private String answer(String prefix) {
        try {
            for (String line = lines.poll(3, TimeUnit.MINUTES); line != null; line = lines.poll(3, TimeUnit.MINUTES)) {
                if (line.startsWith(prefix)) {
                    return line;
                }
                if (line.startsWith("failed") || line.equals(ENDED)) {
                    throw new IllegalStateException("the local SolrCloud did not say " + prefix + ": " + line);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        throw new IllegalStateException("the local SolrCloud did not say " + prefix + " in time");
    }

    @Override
    public void close() throws IOException {
        try {
            in.write("quit\n");
            in.flush();
            in.close();
        } catch (IOException alreadyGone) {
            // it ended by itself
        }
        try {
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }
}
