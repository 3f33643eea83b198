package no.samspill.evaluation;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import no.samspill.domain.Programme;

/**
 * The tables per programme and how they hang together with the total. Each indicator that counts
 * candidates is computed again for the candidates of each programme; the programmes' cells add up
 * to the total's cell, and a reader knows it, so all the tables are protected as one system. Mentors
 * and involvement belong to the municipality's work as a whole, not to one programme (a mentor may
 * follow candidates of two), and are published in the total only.
 */
public final class ProgrammeTables {

    /**
     * Indicators that are not split: they do not count the candidates of one programme. Capacity
     * counts candidates, but the places a workplace offers are not offered per programme.
     */
    static final Set<String> NOT_SPLIT = Set.of("mentors.active", "involvement.type", "involvement.coverage", "cooperation.meetings",
            "capacity.used", "tasks.status");

    private ProgrammeTables() {
    }

    static boolean splits(Indicator indicator) {
        return !NOT_SPLIT.contains(indicator.id());
    }

    /** The id of a programme's table inside one protection run: never written to a file. */
    static String id(String indicatorId, Programme programme) {
        return indicatorId + "@" + programme.name();
    }

    /** A programme's copy of a table: its own id, and its own total group, since its totals are its own. */
    static CountTable of(CountTable t, Programme p) {
        return new CountTable(id(t.indicatorId(), p), t.rows(), t.columns(), t.cells(), t.totalGroup() == null ? null : t.totalGroup() + "@" + p.name(),
                t.personCounts());
    }

    /**
     * Every inner cell of a split table is the sum of the same cell of each programme's table; the
     * catalogue's own identities hold within each programme too.
     */
    static List<Identity> identities(List<CountTable> totals, List<Programme> programmes) {
        List<Identity> out = new ArrayList<>();
        if (programmes.isEmpty()) {
            return out;
        }
        for (CountTable t : totals) {
            if (NOT_SPLIT.contains(t.indicatorId())) {
                continue;
            }
            for (String row : t.rows()) {
                for (String column : t.columns()) {
                    List<Identity.CellRef> parts = programmes.stream().map(p -> new Identity.CellRef(id(t.indicatorId(), p), row, column)).toList();
                    out.add(new Identity(List.of(new Identity.CellRef(t.indicatorId(), row, column)), parts));
                }
            }
        }
        for (Programme p : programmes) {
            for (Identity i : IndicatorLinks.identities()) {
                out.add(new Identity(i.left().stream().map(c -> relabel(c, p)).toList(), i.right().stream().map(c -> relabel(c, p)).toList()));
            }
        }
        return out;
    }

    private static Identity.CellRef relabel(Identity.CellRef c, Programme p) {
        return new Identity.CellRef(id(c.table(), p), c.row(), c.column());
    }

    static boolean isProgrammeTable(String tableId) {
        return tableId.contains("@");
    }

    /** The cross-tables published as margins: the total's when sparse, each programme's always (see DisclosureControl). */
    static Set<String> marginTables(List<Programme> programmes) {
        Set<String> out = new HashSet<>(IndicatorLinks.MARGINS_WHEN_SPARSE);
        for (Programme p : programmes) {
            IndicatorLinks.MARGINS_WHEN_SPARSE.forEach(id -> out.add(id(id, p)));
        }
        return out;
    }

    /** The indicator a table id (the total's or a programme's) belongs to. */
    public static Indicator indicatorOf(String tableId) {
        return IndicatorCatalogue.find(tableId.split("@", 2)[0]).orElseThrow(() -> new IllegalArgumentException(tableId));
    }

    /** The indicator's name, and for a programme's table the programme's name in brackets. */
    public static String title(String tableId, String lang) {
        String[] parts = tableId.split("@", 2);
        String name = indicatorOf(tableId).name().in(lang);
        return parts.length == 1 ? name : name + " (" + name(Programme.valueOf(parts[1])).in(lang) + ")";
    }

    static Text name(Programme p) {
        return switch (p) {
            case RECRUITMENT_THROUGH_INCLUSION -> new Text("Rekruttering gjennom inkludering", "Rekruttering gjennom inkludering",
                    "Recruitment through inclusion");
            case INN_I_JOBB -> new Text("Inn i jobb", "Inn i jobb", "Inn i jobb (Into work)");
            case MENN_I_HELSE -> new Text("Menn i helse", "Menn i helse", "Menn i helse (Men in health)");
            case OTHER -> new Text("Annet program", "Anna program", "Other programme");
        };
    }
}
