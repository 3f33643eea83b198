package no.samspill.evaluation;

import java.util.List;
import java.util.Arrays;

/**
 * A table after disclosure control: every position of the full grid (totals included) is published
 * with its value, suppressed, published as a range (roll-ups), or left out because the table is
 * published as its margins. The value of a cell that is not published is not kept here at all, so
 * no writer can let it slip out.
 */
public final class ProtectedTable {

    /** How a position is published. */
    public enum State { PUBLISHED, SUPPRESSED, RANGE, MARGIN_ONLY }

    /**
     * A value known only to lie between {@code low} and {@code high}; {@code high} is
     * {@link Long#MAX_VALUE} when nothing published limits it.
     */
    public record Range(long low, long high) {
        public boolean unbounded() {
            return high == Long.MAX_VALUE;
        }

        /** As people read it: "12–15", or "≥ 12" without an upper end. */
        public String text() {
            return unbounded() ? "≥ " + low : low + "–" + high;
        }
    }

    private final CountTable shape;
    private final Long[] published;
    private final Range[] ranges;
    private final State[] states;

    /** {@code ranges} (may be null) gives the range published where the state is {@link State#RANGE}. */
    ProtectedTable(CountTable table, State[][] state, Range[][] ranges) {
        this.shape = new CountTable(table.indicatorId(), table.rows(), table.columns(),
                new long[table.rows().size()][table.columns().size()], table.totalGroup(), table.personCounts());
        int w = table.width();
        this.published = new Long[table.height() * w];
        this.ranges = new Range[published.length];
        this.states = new State[published.length];
        for (int r = 0; r < table.height(); r++) {
            for (int c = 0; c < w; c++) {
                State s = state[r][c];
                states[r * w + c] = s;
                published[r * w + c] = s == State.PUBLISHED ? table.value(r, c) : null;
                this.ranges[r * w + c] = s == State.RANGE ? ranges[r][c] : null;
            }
        }
    }

    public String indicatorId() {
        return shape.indicatorId();
    }

    public List<String> rows() {
        return shape.rows();
    }

    public List<String> columns() {
        return shape.columns();
    }

    public int height() {
        return shape.height();
    }

    public int width() {
        return shape.width();
    }

    public boolean hasRowTotals() {
        return shape.hasRowTotals();
    }

    public boolean hasColumnTotals() {
        return shape.hasColumnTotals();
    }

    public String rowCode(int r) {
        return shape.rowCode(r);
    }

    public String columnCode(int c) {
        return shape.columnCode(c);
    }

    public State state(int r, int c) {
        return states[r * width() + c];
    }

    /** The range published for a cell whose exact value is unknown, or null. */
    public Range range(int r, int c) {
        return ranges[r * width() + c];
    }

    /** The published value, or null where the cell is suppressed, a range or left out. */
    public Long cell(int r, int c) {
        return published[r * width() + c];
    }

    /** Not published as an exact value. */
    public boolean suppressed(int r, int c) {
        return published[r * width() + c] == null;
    }

    /** The table is published as its margins: its inner cells are left out by rule. */
    public boolean marginsOnly() {
        return states.length > 0 && Arrays.stream(states).anyMatch(s -> s == State.MARGIN_ONLY);
    }
}
