package no.samspill.evaluation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The links between the catalogue's tables as a reader of the definitions writes them down, for the
 * brute-force reader: tables with the same population have the same total, and full-time and
 * part-time jobs are columns of jobs by contract. Written from the definitions, not from
 * {@link IndicatorLinks#identities()}.
 */
final class CatalogueLinks {

    private CatalogueLinks() {
    }

    static List<int[]> sharedTotals(List<ProtectedTable> tables) {
        Map<String, List<Integer>> groups = new LinkedHashMap<>();
        for (int t = 0; t < tables.size(); t++) {
            String id = tables.get(t).indicatorId();
            String population = switch (id) {
                case "participants.ended", "endings.reason" -> "ended";
                case "participants.active", "status.asOf", "mentors.coverage" -> "active";
                case "jobs.asOf", "jobs.fullTimeShare" -> "jobs";
                default -> null;
            };
            if (population != null) {
                groups.computeIfAbsent(population, k -> new ArrayList<>()).add(t);
            }
        }
        return groups.values().stream().map(g -> g.stream().mapToInt(Integer::intValue).toArray()).toList();
    }

    @SuppressWarnings("unchecked")
    static List<List<int[]>[]> identities(List<ProtectedTable> tables) {
        int jobs = index(tables, "jobs.asOf");
        int share = index(tables, "jobs.fullTimeShare");
        int totalRow = tables.get(jobs).rows().size();
        List<List<int[]>[]> out = new ArrayList<>();
        out.add(new List[] {List.of(new int[] {share, 0, 0}), List.of(new int[] {jobs, totalRow, 3})});
        out.add(new List[] {List.of(new int[] {share, 0, 1}),
                List.of(new int[] {jobs, totalRow, 0}, new int[] {jobs, totalRow, 1}, new int[] {jobs, totalRow, 2})});
        return out;
    }

    private static int index(List<ProtectedTable> tables, String id) {
        for (int t = 0; t < tables.size(); t++) {
            if (tables.get(t).indicatorId().equals(id)) {
                return t;
            }
        }
        throw new IllegalArgumentException(id);
    }
}
