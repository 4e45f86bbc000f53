package org.quarterhour.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.quarterhour.geo.Distances;
import org.quarterhour.geo.LatLon;
import org.quarterhour.inventory.Compound;
import org.quarterhour.inventory.Facility;
import org.quarterhour.inventory.Gate;
import org.quarterhour.inventory.Inventory;
import org.quarterhour.verdict.Evidence;
import org.quarterhour.verdict.Plan;
import org.quarterhour.verdict.Verdict;

/**
 * The community drawn as an SVG, with no tiles and nothing fetched: gates, the walking radius around each (drawn at
 * the straight-line distance an estimated walk reaches, radius ÷ detour factor), facilities coloured by whether they
 * count for an item, and the plan's additions at their compounds. Places are projected flat around the community's
 * centre, in metres, so the picture is true to scale.
 */
final class MapSvg {
    static final String GATE = "#1f4e9c";
    static final String COUNTS = "#1a9850";
    static final String DOES_NOT_COUNT = "#d73027";
    static final String RADIUS = "#4575b4";
    static final String PLANNED = "#e07b00";
    static final int WIDTH = 1000;
    static final int HEIGHT = 680;
    private static final int PAD = 36;
    private static final double METRES_PER_DEGREE = Math.PI * Distances.EARTH_RADIUS_M / 180.0;

    private record Point(double x, double y) {
    }

    private final Verdict verdict;
    private final Inventory inventory;
    private final Set<String> counting;
    private final Map<String, List<String>> planned;
    private double lat0;
    private double lon0;
    private double scale;
    private double minX;
    private double minY;

    private MapSvg(Verdict verdict, Inventory inventory) {
        this.verdict = verdict;
        this.inventory = inventory;
        this.counting = counting(verdict);
        this.planned = planned(verdict);
    }

    /** The SVG, or null where nothing in the inventory has coordinates. */
    static String draw(Verdict verdict, Inventory inventory) {
        return new MapSvg(verdict, inventory).svg();
    }

    /** The facilities behind some item's result (the nearest of their type for some compound, within reach). */
    static Set<String> counting(Verdict verdict) {
        Set<String> counting = new TreeSet<>();
        verdict.items().forEach(i -> i.evidence().stream().map(Evidence::facility).filter(f -> f != null).forEach(counting::add));
        return counting;
    }

    private String svg() {
        Map<String, LatLon> gates = new TreeMap<>();
        inventory.compounds().forEach(c -> c.gates().forEach(g -> {
            if (g.at() != null) {
                gates.put(g.id(), g.at().toWgs84());
            }
        }));
        Map<String, LatLon> facilities = new TreeMap<>();
        inventory.facilities().forEach(f -> {
            if (f.at() != null) {
                facilities.put(f.id(), f.at().toWgs84());
            }
        });
        if (gates.isEmpty() && facilities.isEmpty()) {
            return null;
        }
        double radius = verdict.parameters().radiusM() / verdict.parameters().detourFactor().doubleValue();
        fit(gates, facilities, radius);
        StringBuilder s = new StringBuilder();
        s.append("<svg xmlns=\"http://www.w3.org/2000/svg\" id=\"map\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(HEIGHT)
                .append("\" width=\"").append(WIDTH).append("\" height=\"").append(HEIGHT)
                .append("\" role=\"img\" font-family=\"sans-serif\">\n");
        s.append("<rect width=\"").append(WIDTH).append("\" height=\"").append(HEIGHT).append("\" fill=\"#f7f6f0\"/>\n");
        for (LatLon g : gates.values()) {
            Point p = project(g);
            s.append("<circle class=\"radius\" cx=\"").append(n(p.x())).append("\" cy=\"").append(n(p.y())).append("\" r=\"")
                    .append(n(radius * scale)).append("\" fill=\"").append(RADIUS).append("\" fill-opacity=\"0.07\" stroke=\"")
                    .append(RADIUS).append("\" stroke-width=\"2\" stroke-dasharray=\"8 5\"/>\n");
        }
        for (Facility f : inventory.facilities()) {
            LatLon at = facilities.get(f.id());
            if (at != null) {
                facility(s, f, project(at));
            }
        }
        for (Compound c : inventory.compounds()) {
            compound(s, c, gates);
        }
        scaleBar(s);
        s.append("<text x=\"").append(WIDTH - 30).append("\" y=\"34\" font-size=\"16\" text-anchor=\"middle\" fill=\"#333\">N</text>")
                .append("<path d=\"M").append(WIDTH - 30).append(" 40 l-6 14 h12 z\" fill=\"#333\"/>\n");
        s.append("</svg>\n");
        return s.toString();
    }

    private void fit(Map<String, LatLon> gates, Map<String, LatLon> facilities, double radius) {
        List<LatLon> all = new ArrayList<>(gates.values());
        all.addAll(facilities.values());
        lat0 = all.stream().mapToDouble(LatLon::lat).summaryStatistics().getAverage();
        lon0 = all.stream().mapToDouble(LatLon::lon).summaryStatistics().getAverage();
        double x0 = Double.MAX_VALUE;
        double y0 = Double.MAX_VALUE;
        double x1 = -Double.MAX_VALUE;
        double y1 = -Double.MAX_VALUE;
        for (int i = 0; i < all.size(); i++) {
            double r = i < gates.size() ? radius : 0;
            double[] m = metres(all.get(i));
            x0 = Math.min(x0, m[0] - r);
            y0 = Math.min(y0, m[1] - r);
            x1 = Math.max(x1, m[0] + r);
            y1 = Math.max(y1, m[1] + r);
        }
        double w = Math.max(x1 - x0, 50);
        double h = Math.max(y1 - y0, 50);
        scale = Math.min((WIDTH - 2.0 * PAD) / w, (HEIGHT - 2.0 * PAD) / h);
        minX = x0 - ((WIDTH - 2.0 * PAD) / scale - w) / 2;
        minY = y0 - ((HEIGHT - 2.0 * PAD) / scale - h) / 2;
    }

    private double[] metres(LatLon p) {
        double x = (p.lon() - lon0) * Math.cos(Math.toRadians(lat0)) * METRES_PER_DEGREE;
        double y = (lat0 - p.lat()) * METRES_PER_DEGREE;
        return new double[] {x, y};
    }

    private Point project(LatLon p) {
        double[] m = metres(p);
        return new Point(PAD + (m[0] - minX) * scale, PAD + (m[1] - minY) * scale);
    }

    private void facility(StringBuilder s, Facility f, Point p) {
        boolean counts = counting.contains(f.id());
        String title = f.label() + " (" + f.id() + ", " + f.type() + "): "
                + (counts ? "counts for an item" : "counts for no item (out of reach, or not the nearest of its type)");
        s.append("<g class=\"facility ").append(counts ? "counts" : "does-not-count").append("\"><title>")
                .append(HtmlReport.escape(title)).append("</title><circle cx=\"").append(n(p.x())).append("\" cy=\"")
                .append(n(p.y())).append("\" r=\"8\" fill=\"").append(counts ? COUNTS : DOES_NOT_COUNT)
                .append("\" stroke=\"#fff\" stroke-width=\"1.5\"/><text x=\"").append(n(p.x() + 10)).append("\" y=\"")
                .append(n(p.y() + 4)).append("\" font-size=\"11\" fill=\"#333\">").append(HtmlReport.escape(f.id()))
                .append("</text></g>\n");
    }

    private void compound(StringBuilder s, Compound c, Map<String, LatLon> gates) {
        Point first = null;
        for (Gate g : c.gates()) {
            LatLon at = gates.get(g.id());
            if (at == null) {
                continue;
            }
            Point p = project(at);
            first = first == null ? p : first;
            s.append("<g class=\"gate\"><title>").append(HtmlReport.escape("gate " + g.id() + " of " + c.label()))
                    .append("</title><rect x=\"").append(n(p.x() - 7)).append("\" y=\"").append(n(p.y() - 7))
                    .append("\" width=\"14\" height=\"14\" fill=\"").append(GATE).append("\"/><text x=\"").append(n(p.x() + 10))
                    .append("\" y=\"").append(n(p.y() - 8)).append("\" font-size=\"12\" font-weight=\"bold\" fill=\"").append(GATE)
                    .append("\">").append(HtmlReport.escape(g.id())).append("</text></g>\n");
        }
        if (first == null) {
            return;
        }
        s.append("<text x=\"").append(n(first.x() - 10)).append("\" y=\"").append(n(first.y() + 24))
                .append("\" font-size=\"14\" text-anchor=\"end\" fill=\"").append(GATE).append("\">")
                .append(HtmlReport.escape(c.label() + (c.households() == null ? "" : " · " + c.households() + "户"))).append("</text>\n");
        List<String> planned = this.planned.getOrDefault(c.id(), List.of());
        if (!planned.isEmpty()) {
            s.append("<g class=\"planned\"><circle cx=\"").append(n(first.x())).append("\" cy=\"").append(n(first.y()))
                    .append("\" r=\"15\" fill=\"none\" stroke=\"").append(PLANNED).append("\" stroke-width=\"3\"/><text x=\"")
                    .append(n(first.x() - 10)).append("\" y=\"").append(n(first.y() + 42)).append("\" font-size=\"12\" text-anchor=\"end\" fill=\"")
                    .append(PLANNED).append("\">").append(HtmlReport.escape("拟增 " + String.join("、", planned))).append("</text></g>\n");
        }
    }

    /** The plan's additions by compound, in the plan's order. */
    private static Map<String, List<String>> planned(Verdict verdict) {
        Map<String, List<String>> byCompound = new LinkedHashMap<>();
        if (verdict.plan() != null) {
            for (Plan.Step step : verdict.plan().steps()) {
                for (Plan.Addition a : step.additions()) {
                    a.compounds().forEach(c -> byCompound.computeIfAbsent(c, k -> new ArrayList<>()).add(a.name()));
                }
            }
        }
        return byCompound;
    }

    private void scaleBar(StringBuilder s) {
        int[] lengths = {20, 50, 100, 200, 500, 1000, 2000, 5000, 10000};
        int metres = lengths[0];
        for (int l : lengths) {
            if (l * scale <= 220) {
                metres = l;
            }
        }
        double px = metres * scale;
        int y = HEIGHT - 18;
        s.append("<g class=\"scale\"><path d=\"M20 ").append(y - 6).append(" v6 h").append(n(px)).append(" v-6\" fill=\"none\" stroke=\"#333\" stroke-width=\"2\"/>")
                .append("<text x=\"").append(n(20 + px + 6)).append("\" y=\"").append(y).append("\" font-size=\"12\" fill=\"#333\">")
                .append(metres >= 1000 ? (metres / 1000) + " km" : metres + " m").append("</text></g>\n");
    }

    private static String n(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }
}
