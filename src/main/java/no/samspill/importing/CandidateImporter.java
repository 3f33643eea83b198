package no.samspill.importing;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import no.samspill.data.CandidateImport;
import no.samspill.data.LookupRepository;

/**
 * The import's checks and its commit. {@link #check} reads every row with the confirmed mapping and
 * finds possible duplicates, in the file (same name and birth date, or same national id) and in the
 * data; {@link #commit} stores exactly the valid rows the user's decisions keep, in one transaction.
 */
public final class CandidateImporter {

    /** What to do with a possible duplicate. Merging fills the stored candidate's empty fields. */
    public enum Decision { SKIP, IMPORT, MERGE }

    /** A row that may be someone already known: an earlier row of the file, or a stored candidate. */
    public record Duplicate(int row, Integer sameAsRow, Long existingId, String existingName) {
        public boolean inData() {
            return existingId != null;
        }
    }

    /** Every row read and checked, and the possible duplicates among the valid ones. */
    public record Checked(long municipalityId, List<ImportRow> rows, List<Duplicate> duplicates) {
        public List<RowProblem> problems() {
            return rows.stream().flatMap(r -> r.problems().stream()).toList();
        }

        public long validRows() {
            return rows.stream().filter(ImportRow::valid).count();
        }
    }

    /** What the commit did. */
    public record Outcome(int created, int merged, int skippedDuplicates, int invalidRows) {
    }

    private final LookupRepository lookups;
    private final CandidateImport store;
    private final Clock clock;

    public CandidateImporter(LookupRepository lookups, CandidateImport store, Clock clock) {
        this.lookups = lookups;
        this.store = store;
        this.clock = clock;
    }

    /** The columns and words guessed for {@code table} in this municipality. */
    public ValueMapping guessValues(long municipalityId, RawTable table, ColumnMapping columns) {
        return ValueMapping.guess(table, columns, lookups.navOffices(municipalityId), lookups.workplaces(municipalityId));
    }

    public Checked check(long municipalityId, RawTable table, ColumnMapping columns, ValueMapping values, CancelCheck cancel) {
        RowReader reader = new RowReader(municipalityId, columns, values, lookups.storesNationalId(municipalityId), LocalDate.now(clock));
        List<ImportRow> rows = new ArrayList<>();
        List<Duplicate> duplicates = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        Map<String, CandidateImport.Known> stored = new HashMap<>();
        for (CandidateImport.Known k : store.known(municipalityId)) {
            keys(k.fullName(), k.birthDate(), k.nationalId()).forEach(key -> stored.putIfAbsent(key, k));
        }
        for (RawTable.Row raw : table.rows()) {
            cancel.check();
            ImportRow row = reader.read(raw);
            rows.add(row);
            if (!row.valid()) {
                continue;
            }
            List<String> keys = keys(row.candidate().fullName(), row.candidate().birthDate(),
                    row.nationalId() == null ? null : row.nationalId().value());
            Integer earlier = keys.stream().map(seen::get).filter(Objects::nonNull).findFirst().orElse(null);
            keys.forEach(k -> seen.putIfAbsent(k, row.row()));
            CandidateImport.Known known = keys.stream().map(stored::get).filter(Objects::nonNull).findFirst().orElse(null);
            if (known != null) {
                duplicates.add(new Duplicate(row.row(), earlier, known.id(), known.fullName()));
            } else if (earlier != null) {
                duplicates.add(new Duplicate(row.row(), earlier, null, null));
            }
        }
        return new Checked(municipalityId, rows, duplicates);
    }

    /** What a person is recognised by, as the candidate form does: name and birth date, or the national id. */
    private static List<String> keys(String name, LocalDate birthDate, String nationalId) {
        List<String> keys = new ArrayList<>();
        if (birthDate != null) {
            keys.add("n:" + Field.normalise(name) + "|" + birthDate);
        }
        if (nationalId != null) {
            keys.add("id:" + nationalId);
        }
        return keys;
    }

    /**
     * Stores the valid rows: a possible duplicate as {@code decisions} says (skipped when it says
     * nothing), merged only into a stored candidate. All or nothing.
     */
    public Outcome commit(Checked checked, Map<Integer, Decision> decisions) {
        Map<Integer, Duplicate> byRow = new HashMap<>();
        checked.duplicates().forEach(d -> byRow.put(d.row(), d));
        List<CandidateImport.New> creates = new ArrayList<>();
        List<CandidateImport.Merge> merges = new ArrayList<>();
        int skipped = 0;
        for (ImportRow row : checked.rows()) {
            if (!row.valid()) {
                continue;
            }
            Duplicate d = byRow.get(row.row());
            Decision decision = d == null ? Decision.IMPORT : decisions.getOrDefault(row.row(), Decision.SKIP);
            if (decision == Decision.MERGE && d.inData()) {
                merges.add(new CandidateImport.Merge(d.existingId(), row.candidate()));
            } else if (decision == Decision.IMPORT) {
                creates.add(new CandidateImport.New(row.candidate(), row.nationalId()));
            } else {
                skipped++;
            }
        }
        store.commit(creates, merges);
        return new Outcome(creates.size(), merges.size(), skipped, (int) (checked.rows().size() - checked.validRows()));
    }
}
