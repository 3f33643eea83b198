package no.samspill.importing;

import java.util.List;
import no.samspill.domain.Candidate;
import no.samspill.domain.NationalId;

/** One data row read into a candidate, with every problem found; only a row without problems is imported. */
public record ImportRow(int row, Candidate candidate, NationalId nationalId, List<RowProblem> problems) {

    public ImportRow {
        problems = List.copyOf(problems);
    }

    public boolean valid() {
        return problems.isEmpty();
    }
}
