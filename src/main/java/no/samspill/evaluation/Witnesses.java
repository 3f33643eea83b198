package no.samspill.evaluation;

import java.util.ArrayList;
import java.util.List;

/**
 * Whole-number assignments of every cell that satisfy every equation and every bound a reader
 * knows. Each one proves that each cell can hold its value there, so two of them that differ in a
 * cell prove that a reader cannot pin it, without asking the solver. Hiding a cell only widens what
 * a reader allows, so a point stays valid as the suppressor hides more.
 */
final class Witnesses {

    private final List<long[]> points = new ArrayList<>();

    /** No point yet: every question goes to the solver. */
    static Witnesses none() {
        return new Witnesses();
    }

    /** Starts from the true values, which the published tables satisfy by construction (checked by the audit before use). */
    static Witnesses from(long[] truth) {
        Witnesses w = new Witnesses();
        w.points.add(truth.clone());
        return w;
    }

    /** The same points in a pool of their own, for a trial whose points must not outlive it. */
    Witnesses copy() {
        Witnesses w = new Witnesses();
        w.points.addAll(points);
        return w;
    }

    /** Takes over the points a trial found, once what the trial assumed has become true. */
    void adopt(Witnesses trial) {
        for (long[] p : trial.points) {
            if (!points.contains(p)) {
                points.add(p);
            }
        }
    }

    boolean isEmpty() {
        return points.isEmpty();
    }

    /** A copy of one point, to lay a solved group's values over. */
    long[] base() {
        return points.getFirst().clone();
    }

    void add(long[] point) {
        points.add(point);
    }

    void dropAll() {
        points.clear();
    }

    /** Whether some point gives the cell more than {@code value}. */
    boolean showAbove(int cell, long value) {
        for (long[] p : points) {
            if (p[cell] > value) {
                return true;
            }
        }
        return false;
    }

    /** Whether the points alone show that the cell can hold {@code minimum} or more, and can hold two different values. */
    boolean showUncertain(int cell, long minimum) {
        boolean reaches = false;
        long seen = Long.MIN_VALUE;
        boolean differs = false;
        for (long[] p : points) {
            long v = p[cell];
            reaches |= v >= minimum;
            differs |= seen != Long.MIN_VALUE && v != seen;
            seen = v;
            if (reaches && differs) {
                return true;
            }
        }
        return false;
    }
}
