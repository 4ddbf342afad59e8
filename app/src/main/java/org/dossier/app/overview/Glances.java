package org.dossier.app.overview;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.dossier.app.browse.SearchRequest;
import org.dossier.field.FieldException;
import org.dossier.place.Gazetteer;
import org.dossier.place.Place;
import org.dossier.search.Facet;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.stereotype.Component;

/** Draws a list's overview as a map and a timeline whose every shape and bar links to the list filtered by it. */
@Component
@ConditionalOnWebApplication
@ConditionalOnProperty(name = "dossier.search.enabled", havingValue = "true", matchIfMissing = true)
public class Glances {
    static final String STACK = "stack";
    private static final int SHADES = 5;
    private static final int REGIONS_LISTED = 8;
    private static final double CHART_WIDTH = 480;
    private static final double LEFT = 40;
    private static final double TOP = 10;
    private static final double BASELINE = 158;
    private static final double RIGHT = 4;

    private final Overviews overviews;
    private final Gazetteer gazetteer;
    private volatile WorldShapes shapes;

    Glances(Overviews overviews, Gazetteer gazetteer) {
        this.overviews = overviews;
        this.gazetteer = gazetteer;
    }

    /** The timeline's split named by the {@code stack} parameter: type unless another stackable facet is named. */
    public static Facet stackBy(String parameter) {
        if (parameter == null || parameter.isBlank()) {
            return Facet.TYPE;
        }
        return Facet.ofKey(parameter.strip())
                .filter(Overviews.STACKABLE::contains)
                .orElseThrow(() -> new FieldException(STACK, "must be type, language or series"));
    }

    /**
     * The glance at the list {@code request} shown at {@code basePath}; {@code searched} is the request with the
     * page's own scope (a place's or a topic's page) applied.
     */
    public Glance of(String basePath, SearchRequest request, SearchRequest searched, Facet stackBy) {
        Overview overview = overviews.of(searched, stackBy);
        Links links = new Links(basePath, request, stackBy);
        return new Glance(overview.total(), map(overview, searched, links), timeline(overview.timeline(), links));
    }

    private Glance.WorldMap map(Overview overview, SearchRequest searched, Links links) {
        Map<String, Overview.PlaceCount> counts = new HashMap<>();
        overview.countries().forEach(c -> counts.put(c.code(), c));
        long max = overview.countries().stream()
                .mapToLong(Overview.PlaceCount::count)
                .max()
                .orElse(0);
        List<Overview.PlaceCount> listedRegions = overview.regions().stream()
                .filter(r -> RegionHighlights.CSS_NAME.matcher(r.code()).matches())
                .sorted(Comparator.comparingLong(Overview.PlaceCount::count).reversed())
                .limit(REGIONS_LISTED)
                .toList();
        boolean anySelected = overview.countries().stream().anyMatch(Overview.PlaceCount::selected);
        Set<String> highlighted = new LinkedHashSet<>(searched.filters().getOrDefault(Facet.REGION, Set.of()));
        List<Glance.Area> areas = new ArrayList<>();
        for (WorldShapes.Shape shape : shapes().shapes()) {
            Overview.PlaceCount count = shape.code() == null ? null : counts.get(shape.code());
            long n = count == null ? 0 : count.count();
            StringBuilder classes = new StringBuilder("shade-" + shade(n, max));
            if (count != null && count.selected()) {
                classes.append(" selected");
            } else if (n > 0 && anySelected) {
                classes.append(" unselected");
            }
            if (shape.code() != null) {
                for (Place region : gazetteer.ancestors(shape.code())) {
                    if (highlighted.contains(region.code())) {
                        classes.append(" in-selected-region");
                    }
                    if (listedRegions.stream().anyMatch(r -> r.code().equals(region.code()))) {
                        classes.append(" in-").append(region.code());
                    }
                }
            }
            String name = count == null ? shape.name() : count.name();
            areas.add(new Glance.Area(
                    shape.path(),
                    name + ": " + publications(n),
                    n == 0 ? null : links.toggle(Facet.COUNTRY, shape.code()),
                    classes.toString()));
        }
        List<Glance.Row> table = overview.countries().stream()
                .filter(c -> c.count() > 0)
                .sorted(Comparator.comparingLong(Overview.PlaceCount::count).reversed())
                .map(c -> new Glance.Row(
                        c.code(), c.name(), c.count(), links.toggle(Facet.COUNTRY, c.code()), c.selected()))
                .toList();
        List<Glance.Row> regions = listedRegions.stream()
                .map(r -> new Glance.Row(
                        r.code(), r.name(), r.count(), links.toggle(Facet.REGION, r.code()), r.selected()))
                .toList();
        return new Glance.WorldMap(shapes().viewBox(), areas, legend(max), table, regions);
    }

    private static List<Glance.Legend> legend(long max) {
        List<Glance.Legend> legend = new ArrayList<>();
        legend.add(new Glance.Legend("none", "shade-0"));
        long from = 1;
        for (int shade = 1; shade <= SHADES && from <= max; shade++) {
            long to = upperBound(shade, max);
            if (to >= from) {
                legend.add(new Glance.Legend(from == to ? String.valueOf(from) : from + "–" + to, "shade-" + shade));
                from = to + 1;
            }
        }
        return legend;
    }

    /** Shades grow with the logarithm of the count, so one country with many does not wash out the rest. */
    static int shade(long count, long max) {
        if (count <= 0 || max <= 0) {
            return 0;
        }
        if (max == 1) {
            return SHADES;
        }
        return (int) Math.max(1, Math.ceil(SHADES * Math.log(count) / Math.log(max)));
    }

    /** The largest count with this shade: the inverse of {@link #shade}. */
    private static long upperBound(int shade, long max) {
        return shade == SHADES ? max : (long) Math.floor(Math.pow(max, (double) shade / SHADES) + 1e-9);
    }

    private Glance.Timeline timeline(Overview.Timeline timeline, Links links) {
        List<Overview.Year> years = timeline.years();
        long max = years.stream().mapToLong(Overview.Year::total).max().orElse(0);
        double step = years.isEmpty() ? 0 : (CHART_WIDTH - LEFT - RIGHT) / years.size();
        double plot = BASELINE - TOP;
        List<Glance.Bar> bars = new ArrayList<>();
        List<Glance.Tick> ticks = new ArrayList<>();
        int every = Math.max(1, (int) Math.ceil(years.size() / 7.0));
        for (int i = 0; i < years.size(); i++) {
            Overview.Year year = years.get(i);
            double x = LEFT + i * step;
            List<Glance.Segment> segments = new ArrayList<>();
            double bottom = TOP + plot;
            List<Long> parts = new ArrayList<>(year.counts());
            parts.add(year.other());
            StringBuilder title = new StringBuilder(year.year() + ": " + publications(year.total()));
            for (int s = 0; s < parts.size(); s++) {
                long n = parts.get(s);
                if (n == 0) {
                    continue;
                }
                double height = max == 0 ? 0 : plot * n / max;
                bottom -= height;
                segments.add(new Glance.Segment(
                        s < year.counts().size() ? "stack-" + s : "stack-other", round(bottom), round(height)));
                title.append(segments.size() == 1 ? " (" : ", ")
                        .append(
                                s < timeline.stacks().size()
                                        ? timeline.stacks().get(s).label()
                                        : "other")
                        .append(' ')
                        .append(n);
            }
            if (!segments.isEmpty()) {
                title.append(')');
            }
            bars.add(new Glance.Bar(
                    year.year(),
                    year.total(),
                    parts,
                    year.total() == 0 && !year.selected()
                            ? null
                            : links.toggle(Facet.YEAR, String.valueOf(year.year())),
                    year.selected(),
                    title.toString(),
                    round(x + step * 0.1),
                    round(step * 0.8),
                    segments));
            if (i % every == 0) {
                ticks.add(new Glance.Tick(String.valueOf(year.year()), round(x + step / 2)));
            }
        }
        List<Glance.Legend> legend = new ArrayList<>();
        List<String> columns = new ArrayList<>();
        for (int s = 0; s < timeline.stacks().size(); s++) {
            legend.add(new Glance.Legend(timeline.stacks().get(s).label(), "stack-" + s));
            columns.add(timeline.stacks().get(s).label());
        }
        if (years.stream().anyMatch(y -> y.other() > 0)) {
            legend.add(new Glance.Legend("Other", "stack-other"));
        }
        columns.add("Other");
        List<Glance.Row> choices = Overviews.STACKABLE.stream()
                .map(f -> new Glance.Row(f.key(), label(f), 0, links.stackedBy(f), f == timeline.stackedBy()))
                .toList();
        return new Glance.Timeline(
                label(timeline.stackedBy()).toLowerCase(Locale.ROOT), legend, bars, ticks, max, choices, columns);
    }

    private static String label(Facet facet) {
        return switch (facet) {
            case LANGUAGE -> "Language";
            case SERIES -> "Series";
            default -> "Type";
        };
    }

    private static String publications(long n) {
        return String.format(Locale.ROOT, "%,d publication%s", n, n == 1 ? "" : "s");
    }

    private static double round(double v) {
        return Math.round(v * 10) / 10.0;
    }

    private WorldShapes shapes() {
        WorldShapes loaded = shapes;
        if (loaded == null) {
            loaded = WorldShapes.load(gazetteer);
            shapes = loaded;
        }
        return loaded;
    }

    /** The links of one glance: the list with a value toggled, or split otherwise, keeping the current split. */
    private record Links(String basePath, SearchRequest request, Facet stackBy) {
        String toggle(Facet facet, String value) {
            return withStack(request.toggled(facet, value).link(basePath), stackBy);
        }

        String stackedBy(Facet facet) {
            return withStack(request.link(basePath), facet) + "#timeline";
        }

        private static String withStack(String link, Facet stackBy) {
            return stackBy == Facet.TYPE ? link : link + (link.contains("?") ? "&" : "?") + STACK + "=" + stackBy.key();
        }
    }
}
