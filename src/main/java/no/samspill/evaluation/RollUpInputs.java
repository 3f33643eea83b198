package no.samspill.evaluation;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import java.util.stream.IntStream;

/**
 * What each input adds to a roll-up, as one interval per cell of the catalogue's tables: its exact
 * value where the input carries a companion the secretariat's key opens, else what a reader can
 * prove from its published tables. An exact table that disagrees with its own published part, or
 * does not add up, is refused: it was not made from the same figures.
 */
final class RollUpInputs {

    /** Per input, [cell][low, high]; and how many inputs were exact. */
    record Read(List<long[][]> intervals, int exact) {
    }

    private RollUpInputs() {
    }

    /**
     * The inputs are read side by side: each is one or more integer programs per cell (about 13 ms an
     * input, 4.7 s for 357 on one core), and independent of the others. A refusal is the first input's
     * in the list's order, as if they had been read one after the other.
     */
    static Read read(List<PackageVerifier.Result> packages, List<JsonNode> inputs, UnlockedKey key) {
        return read(packages, inputs, key, () -> false);
    }

    /** As above; once {@code cancelled} says so, the inputs not yet read throw {@link CancellationException}. */
    static Read read(List<PackageVerifier.Result> packages, List<JsonNode> inputs, UnlockedKey key, BooleanSupplier cancelled) {
        List<Object> each = IntStream.range(0, inputs.size()).parallel().mapToObj(k -> {
            try {
                if (cancelled.getAsBoolean()) {
                    throw new CancellationException();
                }
                return one(packages.get(k), inputs.get(k), key);
            } catch (RuntimeException e) {
                return e;
            }
        }).toList();
        List<long[][]> intervals = new ArrayList<>();
        int exact = 0;
        for (Object one : each) {
            if (one instanceof RuntimeException e) {
                throw e;
            }
            Interval read = (Interval) one;
            intervals.add(read.cells());
            exact += read.exact() ? 1 : 0;
        }
        return new Read(intervals, exact);
    }

    private record Interval(long[][] cells, boolean exact) {
    }

    private static Interval one(PackageVerifier.Result result, JsonNode input, UnlockedKey key) {
        String file = result.file().getFileName().toString();
        PublishedTables published = PublishedTables.read(input, false, file);
        byte[] sealed = result.payload().get(Companion.FILE);
        if (key != null && sealed != null) {
            Companion.Exact companion = Companion.open(file, sealed, result.payload().get("indicators.json"), key);
            return new Interval(exactly(published, companion, file), true);
        }
        return new Interval(published.intervals(), false);
    }

    private static long[][] exactly(PublishedTables published, Companion.Exact companion, String file) {
        LinkedTables system = published.system;
        long[] value = new long[system.size()];
        for (int t = 0; t < system.tables().size(); t++) {
            CountTable shape = system.tables().get(t);
            long[][] grid = companion.tables().get(shape.indicatorId());
            if (grid == null || grid.length != shape.height() || grid[0].length != shape.width()) {
                throw new RefusedInput(file + ": its confidential part lacks the table " + shape.indicatorId() + ".");
            }
            for (int r = 0; r < shape.height(); r++) {
                for (int c = 0; c < shape.width(); c++) {
                    int i = system.index(t, r, c);
                    long v = grid[r][c];
                    boolean fits = published.known[i] != null ? published.known[i] == v
                            : v >= published.lower[i] && (published.upper[i] == BoundsAudit.UNBOUNDED || v <= published.upper[i]);
                    if (!fits || v < 0) {
                        throw new RefusedInput(file + ": its confidential part does not agree with its published tables.");
                    }
                    value[i] = v;
                }
            }
        }
        for (LinkedTables.Equation e : system.equations()) {
            long sum = 0;
            for (int k = 0; k < e.cells().length; k++) {
                sum += e.coefficients()[k] * value[e.cells()[k]];
            }
            if (sum != 0) {
                throw new RefusedInput(file + ": the tables in its confidential part do not add up.");
            }
        }
        long[][] out = new long[system.size()][];
        for (int i = 0; i < out.length; i++) {
            out[i] = new long[] {value[i], value[i]};
        }
        return out;
    }
}
