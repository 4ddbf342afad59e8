package org.dossier.app.overview;

import java.util.List;

/**
 * A list's map and timeline, ready to draw: every shape and bar with its link, title and class, and the same
 * figures as tables for readers who do not see the pictures.
 */
public record Glance(long total, WorldMap map, Timeline timeline) {

    /** The world map: a shape per country, shaded by its count; regions listed to highlight their countries. */
    public record WorldMap(String viewBox, List<Area> areas, List<Legend> legend, List<Row> table, List<Row> regions) {}

    /** A country's shape; {@code href} is null when the list has nothing on it. */
    public record Area(String path, String title, String href, String classes) {}

    public record Legend(String label, String classes) {}

    /** A place, a year or a value with its count and the link that filters by it (or unfilters, when selected). */
    public record Row(String code, String label, long count, String href, boolean selected) {}

    public record Timeline(
            String stackedBy,
            List<Legend> legend,
            List<Bar> bars,
            List<Tick> ticks,
            long max,
            List<Row> stackChoices,
            List<String> columns) {}

    public record Bar(
            int year,
            long total,
            List<Long> counts,
            String href,
            boolean selected,
            String title,
            double x,
            double width,
            List<Segment> segments) {}

    public record Segment(String classes, double y, double height) {}

    public record Tick(String label, double x) {}
}
