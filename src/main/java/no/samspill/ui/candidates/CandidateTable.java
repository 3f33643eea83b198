package no.samspill.ui.candidates;

import java.time.LocalDate;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.collections.transformation.SortedList;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import no.samspill.domain.CandidateStatus;
import no.samspill.domain.CandidateSummary;
import no.samspill.domain.Programme;
import no.samspill.ui.common.Columns;
import no.samspill.ui.common.I18n;

/** The candidate list's columns (found by their ids in candidates.fxml), its sorting, its count line and what it says when empty. */
final class CandidateTable {

    private CandidateTable() {
    }

    static void install(TableView<CandidateSummary> table, Label count, Label empty, CandidateListViewModel list, I18n i18n) {
        count.textProperty().bind(Bindings.createStringBinding(() -> list.truncatedProperty().get()
                        ? i18n.format("candidates.count.truncated", list.items().size())
                        : i18n.format("candidates.count", list.items().size()), list.items(), list.truncatedProperty()));
        StringBinding emptyKey = list.emptyMessageKey();
        empty.textProperty().bind(Bindings.createStringBinding(() -> i18n.get(emptyKey.get()), emptyKey));
        Columns.value(column(table, "nameColumn"), CandidateSummary::fullName);
        Columns.value(column(table, "birthYearColumn"), CandidateSummary::birthYear);
        Columns.label(CandidateTable.<CandidateStatus>column(table, "statusColumn"), CandidateSummary::status, i18n);
        Columns.label(CandidateTable.<Programme>column(table, "programmeColumn"), CandidateSummary::programme, i18n);
        Columns.value(column(table, "workplaceColumn"), CandidateSummary::workplaceName);
        Columns.date(CandidateTable.<LocalDate>column(table, "referralColumn"), CandidateSummary::referralDate);
        SortedList<CandidateSummary> sorted = new SortedList<>(list.items());
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
    }

    @SuppressWarnings("unchecked")
    private static <T> TableColumn<CandidateSummary, T> column(TableView<CandidateSummary> table, String id) {
        return (TableColumn<CandidateSummary, T>) table.getColumns().stream().filter(c -> id.equals(c.getId())).findFirst()
                .orElseThrow(() -> new IllegalStateException("No column " + id + " in the candidate list"));
    }
}
