package no.samspill.evaluation;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * What one package's indicators.json tells a reader, as knowledge over the catalogue's tables: the
 * published values, and for every other cell a lower and an upper bound (a range, or what the
 * package's rule says of a hidden cell). A rounded package's values are known within its stated
 * largest error. The roll-up reads its inputs with this, so an input's interval for a cell comes
 * from the same {@link BoundsAudit} a reader would run.
 */
final class PublishedTables {

    final LinkedTables system;
    final Long[] known;
    final long[] lower;
    final long[] upper;

    private PublishedTables(LinkedTables system) {
        this.system = system;
        known = new Long[system.size()];
        lower = new long[system.size()];
        upper = new long[system.size()];
    }

    /** The catalogue's tables as empty shapes, with its identities: the system every package is read into. */
    static LinkedTables catalogueSystem() {
        List<CountTable> shapes = new ArrayList<>();
        for (Indicator ind : IndicatorCatalogue.all()) {
            shapes.add(new CountTable(ind.id(), ind.rows().stream().map(Indicator.Label::code).toList(),
                    ind.columns().stream().map(Indicator.Label::code).toList(), new long[ind.rows().size()][ind.columns().size()],
                    ind.totalGroup(), ind.personCounts()));
        }
        return new LinkedTables(shapes, IndicatorLinks.identities());
    }

    /** Reads a package; {@code exactRounded} takes a rounded package's values as they are (a roll-up of rounded packages only). */
    static PublishedTables read(JsonNode in, boolean exactRounded, String name) {
        PublishedTables p = new PublishedTables(catalogueSystem());
        JsonNode disclosure = in.path("disclosure");
        boolean rounded = "rounding".equals(disclosure.path("method").asText("suppression"));
        long error = rounded && !exactRounded ? disclosure.path("maxError").asLong(0) : 0;
        long hiddenAtLeast = disclosure.path("hiddenAtLeast").asLong(0);
        List<CountTable> tables = p.system.tables();
        for (int t = 0; t < tables.size(); t++) {
            CountTable shape = tables.get(t);
            JsonNode cells = indicator(in, shape.indicatorId()).path("current").path("cells");
            for (int r = 0; r < shape.height(); r++) {
                for (int c = 0; c < shape.width(); c++) {
                    int i = p.system.index(t, r, c);
                    JsonNode cell = cells.path(r).path(c);
                    p.upper[i] = BoundsAudit.UNBOUNDED;
                    if (cell.has("value")) {
                        long v = cell.get("value").asLong();
                        if (error == 0 || !shape.personCounts()) {
                            p.known[i] = v;
                        } else {
                            p.lower[i] = Math.max(0, v - error);
                            p.upper[i] = v + error;
                        }
                    } else if (cell.has("range")) {
                        p.lower[i] = cell.get("range").get(0).asLong();
                        JsonNode high = cell.get("range").get(1);
                        p.upper[i] = high.isNull() ? BoundsAudit.UNBOUNDED : high.asLong();
                    } else if (cell.has("suppressed")) {
                        p.lower[i] = hiddenAtLeast;
                    } else if (!cell.has("marginOnly")) {
                        throw new IllegalArgumentException(name + " has no cell " + shape.indicatorId() + " "
                                + shape.rowCode(r) + "/" + shape.columnCode(c) + ".");
                    }
                }
            }
        }
        return p;
    }

    /** Each cell as an interval a reader can prove: exact where published, else the audit's bounds. */
    long[][] intervals() {
        BoundsAudit audit = new BoundsAudit(system, known, lower, upper);
        long[][] out = new long[system.size()][];
        for (int i = 0; i < system.size(); i++) {
            if (known[i] != null) {
                out[i] = new long[] {known[i], known[i]};
            } else {
                BoundsAudit.Bounds b = audit.bounds(i);
                out[i] = b.verified() ? new long[] {b.min(), b.max()} : new long[] {lower[i], upper[i]};
            }
        }
        return out;
    }

    private static JsonNode indicator(JsonNode in, String id) {
        for (JsonNode i : in.path("indicators")) {
            if (id.equals(i.path("id").asText())) {
                return i;
            }
        }
        throw new IllegalArgumentException("A package has no indicator " + id + ".");
    }
}
