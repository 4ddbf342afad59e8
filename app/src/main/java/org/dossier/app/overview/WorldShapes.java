package org.dossier.app.overview;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.dossier.place.Gazetteer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The world's countries as SVG paths: Natural Earth's 1:110m boundaries (the TopoJSON of world-atlas, shipped
 * unchanged) in the Equal Earth projection, each named by its gazetteer code. Antarctica is left out.
 */
final class WorldShapes {
    static final double WIDTH = 960;
    private static final String ANTARCTICA = "010";

    record Shape(String code, String name, String path) {}

    private final List<Shape> shapes;
    private final long top;
    private final long height;

    private WorldShapes(List<Shape> shapes, long top, long height) {
        this.shapes = shapes;
        this.top = top;
        this.height = height;
    }

    List<Shape> shapes() {
        return shapes;
    }

    /** The SVG view box that holds every country. */
    String viewBox() {
        return "0 " + top + " " + (long) WIDTH + " " + height;
    }

    /** Reads the shipped boundaries; a country without an ISO number (Kosovo) is found by its name. */
    static WorldShapes load(Gazetteer gazetteer) {
        JsonNode topology = JsonMapper.builder().build().readTree(resource("countries-110m.json"));
        Map<String, String> codes = isoCodes();
        List<List<double[]>> arcs = arcs(topology);
        Projection projection = new Projection();
        List<Shape> shapes = new ArrayList<>();
        for (JsonNode country : topology.path("objects").path("countries").path("geometries")) {
            String number = country.path("id").asString(null);
            if (ANTARCTICA.equals(number)) {
                continue;
            }
            String name = country.path("properties").path("name").asString("");
            String code = number != null
                    ? codes.get(number)
                    : gazetteer.findByName(name).map(p -> p.code()).orElse(null);
            StringBuilder path = new StringBuilder();
            JsonNode polygons = country.path("arcs");
            if ("Polygon".equals(country.path("type").asString())) {
                polygon(polygons, arcs, projection, path);
            } else {
                for (JsonNode polygon : polygons) {
                    polygon(polygon, arcs, projection, path);
                }
            }
            shapes.add(new Shape(code, name, path.toString()));
        }
        long top = (long) Math.floor(projection.minY);
        return new WorldShapes(List.copyOf(shapes), top, (long) Math.ceil(projection.maxY) - top);
    }

    /** Decodes the quantised, delta-encoded arcs into longitude and latitude. */
    private static List<List<double[]>> arcs(JsonNode topology) {
        JsonNode scale = topology.path("transform").path("scale");
        JsonNode translate = topology.path("transform").path("translate");
        List<List<double[]>> arcs = new ArrayList<>();
        for (JsonNode arc : topology.path("arcs")) {
            List<double[]> points = new ArrayList<>();
            long x = 0;
            long y = 0;
            for (JsonNode delta : arc) {
                x += delta.get(0).asLong();
                y += delta.get(1).asLong();
                points.add(new double[] {
                    x * scale.get(0).asDouble() + translate.get(0).asDouble(),
                    y * scale.get(1).asDouble() + translate.get(1).asDouble()
                });
            }
            arcs.add(points);
        }
        return arcs;
    }

    private static void polygon(JsonNode rings, List<List<double[]>> arcs, Projection projection, StringBuilder path) {
        for (JsonNode ring : rings) {
            List<double[]> points = new ArrayList<>();
            for (JsonNode index : ring) {
                int i = index.asInt();
                List<double[]> arc = new ArrayList<>(arcs.get(i < 0 ? ~i : i));
                if (i < 0) {
                    java.util.Collections.reverse(arc);
                }
                points.addAll(points.isEmpty() ? arc : arc.subList(1, arc.size()));
            }
            ring(onOneSide(points), projection, path);
        }
    }

    /**
     * A ring that crosses the antimeridian (Fiji, the east of Russia) with the points beyond it put on its edge,
     * on the side where most of the ring lies, so that no line runs across the whole map.
     */
    private static List<double[]> onOneSide(List<double[]> points) {
        boolean crosses = false;
        for (int i = 1; i < points.size() && !crosses; i++) {
            crosses = Math.abs(points.get(i)[0] - points.get(i - 1)[0]) > 180;
        }
        if (!crosses) {
            return points;
        }
        long east = points.stream().filter(p -> p[0] > 0).count();
        double edge = east * 2 >= points.size() ? 180 : -180;
        return points.stream()
                .map(p -> Math.signum(p[0]) == Math.signum(edge) ? p : new double[] {edge, p[1]})
                .toList();
    }

    /** One closed ring in whole pixels, relative moves, leaving out points that fall on the previous pixel. */
    private static void ring(List<double[]> points, Projection projection, StringBuilder path) {
        long lastX = 0;
        long lastY = 0;
        int drawn = 0;
        for (double[] point : points) {
            double[] xy = projection.project(point[0], point[1]);
            long x = Math.round(xy[0]);
            long y = Math.round(xy[1]);
            if (drawn == 0) {
                path.append('M').append(x).append(',').append(y);
            } else if (x != lastX || y != lastY) {
                path.append(drawn == 1 ? "l" : " ")
                        .append(x - lastX)
                        .append(',')
                        .append(y - lastY);
            } else {
                continue;
            }
            lastX = x;
            lastY = y;
            drawn++;
        }
        if (drawn > 0) {
            path.append('z');
        }
    }

    private static Map<String, String> isoCodes() {
        Map<String, String> codes = new HashMap<>();
        try (BufferedReader lines =
                new BufferedReader(new InputStreamReader(resource("iso-3166-numeric.csv"), StandardCharsets.UTF_8))) {
            lines.readLine();
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                String[] cells = line.split(",");
                codes.put(cells[0], cells[1]);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return codes;
    }

    private static InputStream resource(String name) {
        InputStream in = WorldShapes.class.getResourceAsStream("/atlas/" + name);
        if (in == null) {
            throw new IllegalStateException("the map's data /atlas/" + name + " is missing from the application");
        }
        return in;
    }

    /** Equal Earth (Šavrič, Patterson and Jenny, 2018), scaled to {@link #WIDTH}, north up. */
    private static final class Projection {
        private static final double A1 = 1.340264;
        private static final double A2 = -0.081106;
        private static final double A3 = 0.000893;
        private static final double A4 = 0.003796;
        private static final double M = Math.sqrt(3) / 2;
        private static final double HALF_WIDTH = 2.7066297319215575;
        private static final double TOP = 1.3173627591574133;
        private final double scale = WIDTH / (2 * HALF_WIDTH);
        double minY = Double.MAX_VALUE;
        double maxY;

        double[] project(double longitude, double latitude) {
            double lambda = Math.toRadians(longitude);
            double theta = Math.asin(M * Math.sin(Math.toRadians(latitude)));
            double t2 = theta * theta;
            double t6 = t2 * t2 * t2;
            double x = lambda * Math.cos(theta) / (M * (A1 + 3 * A2 * t2 + t6 * (7 * A3 + 9 * A4 * t2)));
            double y = theta * (A1 + A2 * t2 + t6 * (A3 + A4 * t2));
            double px = (x + HALF_WIDTH) * scale;
            double py = (TOP - y) * scale;
            minY = Math.min(minY, py);
            maxY = Math.max(maxY, py);
            return new double[] {px, py};
        }
    }
}
