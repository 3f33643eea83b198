package no.samspill.ui.mentors;

import javafx.fxml.FXML;
import javafx.scene.input.KeyCode;
import javafx.scene.control.Button;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import no.samspill.domain.DueItem;
import no.samspill.domain.MentorSummary;
import no.samspill.domain.Ref;
import no.samspill.ui.common.Columns;
import no.samspill.ui.common.Dialogs;
import no.samspill.ui.common.FormDialog;
import no.samspill.ui.common.I18n;
import no.samspill.ui.common.ScreenKeys;
import no.samspill.ui.common.Navigator;
import no.samspill.ui.common.TableActions;

/** Mentorer: the mentors on the left, active candidates without a mentor on the right. */
public final class MentorsController {

    private final MentorsViewModel model;
    private final I18n i18n;
    private final Dialogs dialogs;
    private final Navigator navigator;

    @FXML private TableView<MentorSummary> mentorTable;
    @FXML private TableColumn<MentorSummary, String> nameColumn;
    @FXML private TableColumn<MentorSummary, String> workplaceColumn;
    @FXML private TableColumn<MentorSummary, Integer> candidatesColumn;
    @FXML private TableColumn<MentorSummary, Boolean> activeColumn;
    @FXML private Button editButton;
    @FXML private Button deleteButton;
    @FXML private ListView<DueItem> withoutMentorList;

    public MentorsController(MentorsViewModel model, I18n i18n, Dialogs dialogs, Navigator navigator) {
        this.model = model;
        this.i18n = i18n;
        this.dialogs = dialogs;
        this.navigator = navigator;
    }

    @FXML
    private void initialize() {
        new ScreenKeys().shortcut(KeyCode.N, this::onNew).installOn(editButton);
        mentorTable.setItems(model.mentors());
        Columns.value(nameColumn, MentorSummary::fullName);
        Columns.value(workplaceColumn, MentorSummary::workplaceName);
        Columns.value(candidatesColumn, MentorSummary::activeCandidates);
        Columns.yesNo(activeColumn, MentorSummary::active, i18n);
        TableActions.install(mentorTable, this::edit, this::delete);
        editButton.disableProperty().bind(mentorTable.getSelectionModel().selectedItemProperty().isNull());
        deleteButton.disableProperty().bind(mentorTable.getSelectionModel().selectedItemProperty().isNull());
        withoutMentorList.setItems(model.withoutMentor());
        withoutMentorList.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(DueItem item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : item.candidateName());
            }
        });
        TableActions.install(withoutMentorList, item -> navigator.openCandidate(item.candidateId(), Navigator.CandidateTab.PROGRESS));
        model.refresh();
    }

    @FXML
    private void onNew() {
        editMentor(model.newMentor());
    }

    @FXML
    private void onEdit() {
        edit(mentorTable.getSelectionModel().getSelectedItem());
    }

    @FXML
    private void onDelete() {
        delete(mentorTable.getSelectionModel().getSelectedItem());
    }

    private void edit(MentorSummary s) {
        if (s != null) {
            editMentor(model.edit(s));
        }
    }

    private void editMentor(MentorForm f) {
        if (new FormDialog(i18n, dialogs, f.isNew() ? "mentors.dialog.new" : "mentors.dialog.edit", f.form)
                .info("mentors.dialog.info")
                .text("mentors.field.name", f.name)
                .choice("mentors.field.workplace", f.workplace, model.workplaces(), Ref::name)
                .check("mentors.field.active", f.active)
                .showAndWait(mentorTable)) {
            model.save(f);
        }
    }

    private void delete(MentorSummary s) {
        if (s != null && dialogs.confirm(mentorTable, "mentors.delete.title", "mentors.delete.message", "common.delete")) {
            model.delete(s.id());
        }
    }
}
