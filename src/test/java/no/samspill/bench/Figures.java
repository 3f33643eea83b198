package no.samspill.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The benchmark's table: each figure beside its floor measured in the same run, the ratio, the goal,
 * and whether the goal is met. A goal is either a ratio to the floor or an absolute bound (or both).
 */
final class Figures {

    /** One line. {@code floor} and {@code maxRatio} are NaN where the figure has no floor or no ratio goal. */
    record Figure(String what, double value, String unit, String floorName, double floor, double maxRatio, double maxValue) {

        /** A ratio goal whose floor this run did not measure (a run of one part only): neither met nor missed. */
        boolean floorMissing() {
            return !Double.isNaN(maxRatio) && Double.isNaN(floor);
        }

        boolean met() {
            boolean ratioOk = Double.isNaN(maxRatio) || (!Double.isNaN(floor) && value <= maxRatio * floor);
            boolean valueOk = Double.isNaN(maxValue) || value <= maxValue;
            return ratioOk && valueOk;
        }

        String goal() {
            List<String> parts = new ArrayList<>();
            if (!Double.isNaN(maxRatio)) {
                parts.add(String.format(Locale.ROOT, "≤ %.1f× floor", maxRatio));
            }
            if (!Double.isNaN(maxValue)) {
                parts.add(String.format(Locale.ROOT, "≤ %,.0f %s", maxValue, unit));
            }
            return String.join(" and ", parts);
        }
    }

    private final List<Figure> rows = new ArrayList<>();
    private final List<String> notMeasured = new ArrayList<>();

    void add(String what, double value, String unit, String floorName, double floor, double maxRatio, double maxValue) {
        rows.add(new Figure(what, value, unit, floorName, floor, maxRatio, maxValue));
        System.out.printf(Locale.ROOT, "  measured: %s = %,.1f %s%n", what, value, unit);
    }

    void notMeasured(String what, String why) {
        notMeasured.add(what + ": not measured (" + why + ")");
    }

    List<Figure> rows() {
        return List.copyOf(rows);
    }

    void print() {
        String line = "-".repeat(150);
        System.out.println();
        System.out.println(line);
        System.out.printf(Locale.ROOT, "%-46s %12s   %-34s %10s %7s   %-26s %s%n", "figure", "measured", "floor (same run)", "", "ratio",
                "goal", "met");
        System.out.println(line);
        for (Figure f : rows) {
            String floor = Double.isNaN(f.floor()) ? "" : String.format(Locale.ROOT, "%,10.1f", f.floor());
            String ratio = Double.isNaN(f.floor()) ? "" : String.format(Locale.ROOT, "%6.2f×", f.value() / f.floor());
            System.out.printf(Locale.ROOT, "%-46s %,9.1f %-3s  %-34s %10s %7s   %-26s %s%n", f.what(), f.value(), f.unit(),
                    f.floorName() == null ? "" : f.floorName(), floor, ratio, f.goal(), f.floorMissing() ? "- (no floor in this run)" : f.met() ? "yes" : "NO");
        }
        System.out.println(line);
        notMeasured.forEach(System.out::println);
    }
}
