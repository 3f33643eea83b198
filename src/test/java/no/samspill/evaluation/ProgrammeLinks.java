package no.samspill.evaluation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The links between a package's tables, the total's and each programme's, as a reader of the
 * definitions writes them down for the brute-force reader, without {@link ProgrammeTables} or
 * {@link LinkedTables}: tables of the same people have the same total (within the total, and
 * within each programme), full-time and part-time jobs are columns of jobs by contract, and each
 * inner cell of the total is the sum of the programmes' cells. Tables are named "id" or "id@PROGRAMME".
 */
final class ProgrammeLinks {

    private ProgrammeLinks() {
    }

    /** Which people a table counts: tables of the same people share a total, and only such tables link. */
    static String population(String tableId) {
        String[] parts = tableId.split("@", 2);
        String base = switch (parts[0]) {
            case "participants.ended", "endings.reason" -> "ended";
            case "participants.active", "status.asOf", "mentors.coverage" -> "active";
            case "jobs.asOf", "jobs.fullTimeShare" -> "jobs";
            default -> parts[0];
        };
        return parts.length == 1 ? base : base + "@" + parts[1];
    }

    /** Tables that no link reaches from outside: one population, in the total and in every programme. */
    static Map<String, List<Integer>> components(List<ProtectedTable> tables) {
        Map<String, List<Integer>> out = new LinkedHashMap<>();
        for (int t = 0; t < tables.size(); t++) {
            out.computeIfAbsent(population(tables.get(t).indicatorId()).split("@")[0], k -> new ArrayList<>()).add(t);
        }
        return out;
    }

    static List<int[]> sharedTotals(List<ProtectedTable> tables) {
        Map<String, List<Integer>> groups = new LinkedHashMap<>();
        for (int t = 0; t < tables.size(); t++) {
            String id = tables.get(t).indicatorId();
            String population = population(id);
            if (!population.split("@")[0].equals(id.split("@")[0])) {
                groups.computeIfAbsent(population, k -> new ArrayList<>()).add(t);
            }
        }
        return groups.values().stream().map(g -> g.stream().mapToInt(Integer::intValue).toArray()).toList();
    }

    @SuppressWarnings("unchecked")
    static List<List<int[]>[]> identities(List<ProtectedTable> tables) {
        List<List<int[]>[]> out = new ArrayList<>();
        for (int share = 0; share < tables.size(); share++) {
            String id = tables.get(share).indicatorId();
            if (!id.split("@")[0].equals("jobs.fullTimeShare")) {
                continue;
            }
            int jobs = index(tables, id.replace("jobs.fullTimeShare", "jobs.asOf"));
            int totalRow = tables.get(jobs).rows().size();
            out.add(new List[] {List.of(new int[] {share, 0, 0}), List.of(new int[] {jobs, totalRow, 3})});
            out.add(new List[] {List.of(new int[] {share, 0, 1}),
                    List.of(new int[] {jobs, totalRow, 0}, new int[] {jobs, totalRow, 1}, new int[] {jobs, totalRow, 2})});
        }
        for (int total = 0; total < tables.size(); total++) {
            String id = tables.get(total).indicatorId();
            List<Integer> parts = new ArrayList<>();
            for (int t = 0; t < tables.size(); t++) {
                if (tables.get(t).indicatorId().startsWith(id + "@")) {
                    parts.add(t);
                }
            }
            if (id.contains("@") || parts.isEmpty()) {
                continue;
            }
            ProtectedTable shape = tables.get(total);
            for (int r = 0; r < shape.rows().size(); r++) {
                for (int c = 0; c < shape.columns().size(); c++) {
                    List<int[]> right = new ArrayList<>();
                    for (int p : parts) {
                        right.add(new int[] {p, r, c});
                    }
                    out.add(new List[] {List.of(new int[] {total, r, c}), right});
                }
            }
        }
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
