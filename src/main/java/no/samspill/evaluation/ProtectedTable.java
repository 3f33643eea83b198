package no.samspill.evaluation;

/**
 * A table after disclosure control: every position of the full grid (totals included) is either
 * published with its value or suppressed. The value of a suppressed cell is not kept here at all,
 * so no writer can let it slip out.
 */
public final class ProtectedTable {

    /** A value known only to lie between {@code low} and {@code high} (national roll-up of suppressed inputs). */
    public record Range(long low, long high) {
    }

    private final CountTable shape;
    private final Long[][] published;
    private final Range[][] ranges;

    ProtectedTable(CountTable table, boolean[][] suppressed) {
        this(table, suppressed, null);
    }

    /** {@code ranges} (may be null) gives a range to publish instead of a suppressed cell's value. */
    ProtectedTable(CountTable table, boolean[][] suppressed, Range[][] ranges) {
        this.ranges = ranges == null ? new Range[table.height()][table.width()] : ranges;
        this.shape = new CountTable(table.indicatorId(), table.rows(), table.columns(),
                new long[table.rows().size()][table.columns().size()], table.totalGroup(), table.personCounts());
        this.published = new Long[table.height()][table.width()];
        for (int r = 0; r < table.height(); r++) {
            for (int c = 0; c < table.width(); c++) {
                published[r][c] = suppressed[r][c] ? null : table.value(r, c);
            }
        }
    }

    public String indicatorId() {
        return shape.indicatorId();
    }

    public java.util.List<String> rows() {
        return shape.rows();
    }

    public java.util.List<String> columns() {
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

    /** The range published for a cell whose exact value is unknown, or null. */
    public Range range(int r, int c) {
        return published[r][c] == null ? ranges[r][c] : null;
    }

    /** The published value, or null where the cell is suppressed or only a range is known. */
    public Long cell(int r, int c) {
        return published[r][c];
    }

    public boolean suppressed(int r, int c) {
        return published[r][c] == null;
    }
}
