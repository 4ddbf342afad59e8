package org.dossier.app.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.dossier.catalog.Catalog;
import org.dossier.catalog.Incoming;
import org.dossier.catalog.WriteResult;
import org.dossier.publication.Publication;
import org.dossier.publication.Relation;
import org.dossier.related.Curation;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(
        name = "related",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        header = "Pin and ban a publication's related publications; say how it relates to others.",
        description = {
            "Shows a publication's pinned and banned related publications and its relations, and changes them.",
            "Pins come first on its page, in their order; the related engine fills the other",
            "places and never shows a banned one. A relation says how it belongs with another",
            "(KIND is updates, supersedes, responds_to, follows_up or part_of); both pages say so.",
            "Publications are named by id or by path (/publications/2013/05/crisis-in-mali).",
            "See the engine's full list with GET /api/publications/{id}/related on a running Dossier.",
            ""
        })
final class RelatedCommand implements Callable<Integer> {
    @ParentCommand
    Dossier root;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "PUBLICATION", description = "Id or path of the publication.")
    String publication;

    @Option(names = "--pin", paramLabel = "OTHER", description = "Pin another publication (last, or --at N).")
    List<String> pin = new ArrayList<>();

    @Option(names = "--at", paramLabel = "N", description = "Position of the pin, from 1.")
    Integer at;

    @Option(names = "--unpin", paramLabel = "OTHER", description = "Remove a pin.")
    List<String> unpin = new ArrayList<>();

    @Option(
            names = "--ban",
            paramLabel = "OTHER",
            description = "Never show this publication as related (removes a pin).")
    List<String> ban = new ArrayList<>();

    @Option(names = "--unban", paramLabel = "OTHER", description = "Lift a ban.")
    List<String> unban = new ArrayList<>();

    @Option(
            names = "--relate",
            paramLabel = "KIND=OTHER",
            description = "Say that it relates to another, e.g. --relate supersedes=/publications/2013/05/x.")
    List<String> relate = new ArrayList<>();

    @Option(names = "--unrelate", paramLabel = "KIND=OTHER", description = "Take back a relation.")
    List<String> unrelate = new ArrayList<>();

    @Override
    public Integer call() {
        try (ConfigurableApplicationContext context = Spring.start(root, false, Spring.WITHOUT_SEARCH)) {
            Catalog catalog = context.getBean(Catalog.class);
            Publication p = find(catalog, publication);
            Publication changed = p;
            for (String other : ids(catalog, p, unpin)) {
                changed = Curation.unpin(changed, other);
            }
            for (String other : ids(catalog, p, unban)) {
                changed = Curation.unban(changed, other);
            }
            int position = at == null ? changed.related().size() : at - 1;
            for (String other : ids(catalog, p, pin)) {
                changed = Curation.pin(changed, other, position++);
            }
            for (String other : ids(catalog, p, ban)) {
                changed = Curation.ban(changed, other);
            }
            List<Relation> relations = new ArrayList<>(changed.relations());
            relations.removeAll(relations(catalog, unrelate));
            relations(catalog, relate).stream()
                    .filter(r -> !relations.contains(r))
                    .forEach(relations::add);
            changed = changed.toBuilder().relations(relations).build();
            if (!changed.sameContentAs(p)) {
                WriteResult result =
                        catalog.write(List.of(List.of(Incoming.whole(changed)))).get(0);
                if (result instanceof WriteResult.Failed f) {
                    throw new Dossier.UsageException(
                            "could not save: " + (f.field() == null ? "" : f.field() + ": ") + f.message());
                }
            }
            show(catalog, changed, spec.commandLine().getOut());
            return 0;
        }
    }

    private void show(Catalog catalog, Publication p, PrintWriter out) {
        out.println(p.title() + " (" + p.id() + ")");
        out.println("Pinned, in order:");
        List<Publication> pinned = catalog.findSummaries(p.related());
        for (int i = 0; i < pinned.size(); i++) {
            out.println("  " + (i + 1) + ". " + pinned.get(i).title() + " ("
                    + pinned.get(i).id() + ")");
        }
        if (pinned.isEmpty()) {
            out.println("  none");
        }
        out.println("Banned:");
        catalog.findSummaries(p.bannedRelated()).forEach(b -> out.println("  - " + b.title() + " (" + b.id() + ")"));
        if (p.bannedRelated().isEmpty()) {
            out.println("  none");
        }
        out.println("Relations:");
        List<String> lines = new ArrayList<>();
        p.relations().forEach(r -> lines.add(line(catalog, r.kind().words(false), r.target())));
        catalog.relationsTo(List.of(p.id()))
                .forEach(r -> lines.add(line(catalog, r.relation().kind().words(true), r.from())));
        lines.forEach(out::println);
        if (lines.isEmpty()) {
            out.println("  none");
        }
    }

    private static String line(Catalog catalog, String words, String other) {
        return "  " + words + ": "
                + catalog.findSummaries(List.of(other)).stream()
                        .map(o -> o.title() + " (" + o.id() + ")")
                        .findFirst()
                        .orElse(other + " (not in the store yet)");
    }

    /** KIND=OTHER options as relations, the other named by id or path. */
    private static List<Relation> relations(Catalog catalog, List<String> options) {
        List<Relation> out = new ArrayList<>();
        for (String option : options) {
            int eq = option.indexOf('=');
            Relation.Kind kind = eq < 0
                    ? null
                    : Relation.Kind.ofCode(option.substring(0, eq).strip()).orElse(null);
            if (kind == null) {
                throw new Dossier.UsageException(
                        "'" + option + "' is not KIND=OTHER with KIND one of " + Relation.Kind.codes());
            }
            out.add(new Relation(
                    kind, find(catalog, option.substring(eq + 1).strip()).id()));
        }
        return out;
    }

    private static List<String> ids(Catalog catalog, Publication seed, List<String> names) {
        List<String> ids = new ArrayList<>();
        for (String name : names) {
            String id = find(catalog, name).id();
            if (id.equals(seed.id())) {
                throw new Dossier.UsageException("a publication cannot be related to itself: " + name);
            }
            ids.add(id);
        }
        return ids;
    }

    private static Publication find(Catalog catalog, String name) {
        return catalog.findByIdOrPath(name)
                .orElseThrow(() -> new Dossier.UsageException("no publication has the id or path " + name));
    }
}
