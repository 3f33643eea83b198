package no.samspill.evaluation;

/** One indicator as published: this year's protected table and, where that year has data, last year's. */
public record IndicatorResult(Indicator indicator, ProtectedTable current, ProtectedTable previous) {

    /** The share for a row, in percent with one decimal, or null where it cannot be published. */
    public Double share(ProtectedTable table, int row) {
        Indicator.Share share = indicator.share();
        if (share == null || table == null || !table.hasRowTotals()) {
            return null;
        }
        Long part = table.cell(row, share.numeratorColumn());
        Long whole = table.cell(row, table.width() - 1);
        if (part == null || whole == null || whole == 0) {
            return null;
        }
        return Math.round(part * 1000.0 / whole) / 10.0;
    }
}
