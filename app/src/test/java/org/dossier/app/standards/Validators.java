package org.dossier.app.standards;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.dossier.Prerequisites;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The third-party validators and clients that read Dossier's standard outputs in the tests, so that no output
 * is judged only by our own reader of our own writer. They live in {@code src/test/validators}: npm packages
 * ({@code npm ci} there: Ajv with the JSON Feed 1.1 schema, an OpenAPI schema validator, citeproc-js) and
 * Debian's feedparser and pybtex. {@code .ci/run} installs them; without them the tests that need them skip,
 * saying so (and fail on CI).
 */
public final class Validators {
    private static final Path HOME = Path.of("src", "test", "validators");
    private static final Path PYTHON = Path.of("/usr/bin/python3");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private Validators() {}

    /** What a validator said: its exit code and what it printed (standard output, then standard error). */
    public record Run(int exit, String out, String err) {
        public JsonNode json() {
            return JSON.readTree(out);
        }
    }

    /** Each error of the JSON Feed 1.1 documents (by name), as "name: /items/0 must have ..."; none when all are valid. */
    public static List<String> jsonFeedErrors(Map<String, String> feeds) {
        Path dir = tempDir();
        List<String> args = new ArrayList<>();
        feeds.forEach((name, feed) -> args.add(write(dir.resolve(name.replaceAll("[^\\w.-]", "_") + ".json"), feed)
                .toString()));
        Run run = node("jsonfeed.mjs", args);
        return run.out().lines().map(line -> line.replace(dir + "/", "")).toList();
    }

    /** The OpenAPI document checked against the official OpenAPI schema of its version: {"valid": …, "errors": […]}. */
    public static JsonNode openApi(String document) {
        Path file = write(tempDir().resolve("openapi.json"), document);
        return node(
                        "node_modules/@seriousme/openapi-schema-validator/bin/validate-api-cli.js",
                        List.of(file.toString()))
                .json();
    }

    /** CSL-JSON items formatted by citeproc-js in one of the official styles (by file name, e.g. "apa"), one text per item. */
    public static List<String> cslBibliography(String items, String style) {
        Path dir = tempDir();
        Run run = node(
                "csl.mjs",
                List.of(
                        write(dir.resolve(style + ".csl"), resource(style + ".csl"))
                                .toString(),
                        write(dir.resolve("locale.xml"), resource("locales-en-US.xml"))
                                .toString(),
                        write(dir.resolve("items.json"), items).toString()));
        if (run.exit() != 0) {
            throw new AssertionError("citeproc-js could not format the items: " + run.err());
        }
        List<String> entries = new ArrayList<>();
        run.json().forEach(e -> entries.add(e.asString()));
        return entries;
    }

    /** An Atom or RSS feed as feedparser reads it (see read_feed.py for what it reports). */
    public static JsonNode readFeed(String feed) {
        return python("read_feed.py", write(tempDir().resolve("feed.xml"), feed), "python3-feedparser", "feedparser");
    }

    /** A BibTeX file as pybtex reads it, strictly (see read_bibtex.py); a syntax error fails the test. */
    public static JsonNode readBibtex(String bibtex) {
        return python("read_bibtex.py", write(tempDir().resolve("export.bib"), bibtex), "python3-pybtex", "pybtex");
    }

    /** An e-mail as Python's email package reads it under its strict policy (see read_email.py). */
    public static JsonNode readEmail(byte[] message) {
        Path file = tempDir().resolve("message.eml");
        try {
            Files.write(file, message);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return python("read_email.py", file, "python3", "email");
    }

    private static Run node(String script, List<String> args) {
        Prerequisites.require(
                Files.isDirectory(HOME.resolve("node_modules")) && onPath("node"),
                "the npm validators are not installed: run `npm ci --prefix app/src/test/validators` (needs Node.js), as .ci/run does");
        List<String> command =
                new ArrayList<>(List.of("node", HOME.resolve(script).toString()));
        command.addAll(args);
        return run(command);
    }

    private static JsonNode python(String script, Path file, String debianPackage, String module) {
        Prerequisites.require(
                Files.isExecutable(PYTHON)
                        && run(List.of(PYTHON.toString(), "-c", "import " + module))
                                        .exit()
                                == 0,
                "Debian's " + debianPackage + " is not installed (apt-get install -y " + debianPackage
                        + "), as .ci/run does");
        Run run = run(List.of(PYTHON.toString(), HOME.resolve(script).toString(), file.toString()));
        if (run.exit() != 0) {
            throw new AssertionError(script + " could not read " + file.getFileName() + ":\n" + run.err());
        }
        return run.json();
    }

    private static boolean onPath(String program) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(":")) {
            if (Files.isExecutable(Path.of(dir, program))) {
                return true;
            }
        }
        return false;
    }

    private static Run run(List<String> command) {
        try {
            Path out = Files.createTempFile("validator-out", ".txt");
            Path err = Files.createTempFile("validator-err", ".txt");
            Process p = new ProcessBuilder(command)
                    .redirectOutput(out.toFile())
                    .redirectError(err.toFile())
                    .start();
            if (!p.waitFor(120, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new AssertionError("timed out: " + String.join(" ", command));
            }
            return new Run(p.exitValue(), Files.readString(out), Files.readString(err));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String resource(String name) {
        try (InputStream in = Validators.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("no " + name + " on the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path tempDir() {
        try {
            return Files.createTempDirectory("dossier-validators");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path write(Path file, String content) {
        try {
            return Files.writeString(file, content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
