package no.samspill.evaluation;

/** One suppressed cell and why: the suppression log shown before export and written into the package. */
public record SuppressionEntry(String indicatorId, String row, String column, Kind kind, String rule) {

    public enum Kind { PRIMARY, SECONDARY }
}
