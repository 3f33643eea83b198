package no.samspill.ui.involvement;

import java.time.LocalDate;
import javafx.fxml.FXML;
import javafx.scene.input.KeyCode;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import no.samspill.domain.InvolvementEvent;
import no.samspill.domain.InvolvementLevel;
import no.samspill.domain.InvolvementType;
import no.samspill.domain.Ref;
import no.samspill.domain.RepresentativeLevel;
import no.samspill.domain.RepresentativeSummary;
import no.samspill.domain.WorkplaceCoverage;
import no.samspill.ui.common.Columns;
import no.samspill.ui.common.Dialogs;
import no.samspill.ui.common.FormDialog;
import no.samspill.ui.common.I18n;
import no.samspill.ui.common.ScreenKeys;
import no.samspill.ui.common.TableActions;
import javafx.collections.ListChangeListener;

/** Tillitsvalgte og medvirkning: the people in their roles, the events of a year, and the coverage. */
public final class InvolvementController {

    private final InvolvementViewModel model;
    private final I18n i18n;
    private final Dialogs dialogs;

    @FXML private TableView<RepresentativeSummary> peopleTable;
    @FXML private TableColumn<RepresentativeSummary, String> personNameColumn;
    @FXML private TableColumn<RepresentativeSummary, String> personUnionColumn;
    @FXML private TableColumn<RepresentativeSummary, RepresentativeLevel> personLevelColumn;
    @FXML private TableColumn<RepresentativeSummary, String> personWhereColumn;
    @FXML private TabPane tabs;
    @FXML private Tab peopleTab;
    @FXML private Button editPersonButton;
    @FXML private Button deletePersonButton;
    @FXML private Spinner<Integer> yearSpinner;
    @FXML private TableView<InvolvementEvent> eventTable;
    @FXML private TableColumn<InvolvementEvent, LocalDate> eventDateColumn;
    @FXML private TableColumn<InvolvementEvent, InvolvementType> eventTypeColumn;
    @FXML private TableColumn<InvolvementEvent, InvolvementLevel> eventLevelColumn;
    @FXML private TableColumn<InvolvementEvent, String> eventTopicColumn;
    @FXML private TableColumn<InvolvementEvent, String> eventPeopleColumn;
    @FXML private Button editEventButton;
    @FXML private Button deleteEventButton;
    @FXML private TableView<WorkplaceCoverage> coverageTable;
    @FXML private TableColumn<WorkplaceCoverage, String> coverageWorkplaceColumn;
    @FXML private TableColumn<WorkplaceCoverage, Integer> coverageCandidatesColumn;
    @FXML private TableColumn<WorkplaceCoverage, Integer> coverageEventsColumn;
    @FXML private TableColumn<WorkplaceCoverage, Boolean> coverageCoveredColumn;
    @FXML private Label coverageSummary;

    public InvolvementController(InvolvementViewModel model, I18n i18n, Dialogs dialogs) {
        this.model = model;
        this.i18n = i18n;
        this.dialogs = dialogs;
    }

    @FXML
    private void initialize() {
        // Ctrl+N makes a new entry of the tab in front: a person on Tillitsvalgte, an event on Medvirkning.
        new ScreenKeys().shortcut(KeyCode.N, () -> {
            if (tabs.getSelectionModel().getSelectedItem() == peopleTab) {
                onNewPerson();
            } else {
                onNewEvent();
            }
        }).installOn(editPersonButton);
        peopleTable.setItems(model.people());
        Columns.value(personNameColumn, RepresentativeSummary::fullName);
        Columns.value(personUnionColumn, RepresentativeSummary::unionName);
        Columns.label(personLevelColumn, RepresentativeSummary::level, i18n);
        Columns.value(personWhereColumn, p -> p.workplaceName() == null ? i18n.get("representatives.wholeMunicipality") : p.workplaceName());
        TableActions.install(peopleTable, this::editPerson, this::deletePerson);
        editPersonButton.disableProperty().bind(peopleTable.getSelectionModel().selectedItemProperty().isNull());
        deletePersonButton.disableProperty().bind(peopleTable.getSelectionModel().selectedItemProperty().isNull());

        yearSpinner.setValueFactory(new SpinnerValueFactory.IntegerSpinnerValueFactory(2000, 2100, model.yearProperty().get()));
        yearSpinner.valueProperty().addListener((obs, old, now) -> model.yearProperty().set(now));
        model.yearProperty().addListener((obs, old, now) -> yearSpinner.getValueFactory().setValue(now.intValue()));
        eventTable.setItems(model.events());
        Columns.date(eventDateColumn, InvolvementEvent::date);
        Columns.label(eventTypeColumn, InvolvementEvent::type, i18n);
        Columns.label(eventLevelColumn, InvolvementEvent::level, i18n);
        Columns.value(eventTopicColumn, InvolvementEvent::topic);
        Columns.value(eventPeopleColumn, model::participantNames);
        TableActions.install(eventTable, this::editEvent, this::deleteEvent);
        editEventButton.disableProperty().bind(eventTable.getSelectionModel().selectedItemProperty().isNull());
        deleteEventButton.disableProperty().bind(eventTable.getSelectionModel().selectedItemProperty().isNull());

        coverageTable.setItems(model.coverage());
        Columns.value(coverageWorkplaceColumn, WorkplaceCoverage::workplaceName);
        Columns.value(coverageCandidatesColumn, WorkplaceCoverage::candidates);
        Columns.value(coverageEventsColumn, WorkplaceCoverage::events);
        Columns.yesNo(coverageCoveredColumn, WorkplaceCoverage::covered, i18n);
        model.coverage().addListener((ListChangeListener<WorkplaceCoverage>) c -> coverageSummary.setText(
                i18n.format("involvement.coverage.summary", model.coverage().stream().filter(WorkplaceCoverage::covered).count(),
                        model.coverage().size(), model.yearProperty().get())));
        model.refresh();
    }

    @FXML
    private void onNewPerson() {
        editRepresentative(model.newRepresentative());
    }

    @FXML
    private void onEditPerson() {
        editPerson(peopleTable.getSelectionModel().getSelectedItem());
    }

    @FXML
    private void onDeletePerson() {
        deletePerson(peopleTable.getSelectionModel().getSelectedItem());
    }

    private void editPerson(RepresentativeSummary s) {
        if (s != null) {
            editRepresentative(model.edit(s));
        }
    }

    private void editRepresentative(RepresentativeForm f) {
        if (new FormDialog(i18n, dialogs, f.isNew() ? "representatives.dialog.new" : "representatives.dialog.edit", f.form)
                .text("representatives.field.name", f.name)
                .choice("representatives.field.union", f.union, model.unions(), Ref::name)
                .choice("representatives.field.level", f.level, RepresentativeLevel.class)
                .choice("representatives.field.where", f.where, f.places, r -> r.equals(RepresentativeForm.WHOLE_MUNICIPALITY)
                        ? i18n.get("representatives.wholeMunicipality") : r.name())
                .check("representatives.field.active", f.active)
                .showAndWait(peopleTable)) {
            model.save(f);
        }
    }

    private void deletePerson(RepresentativeSummary s) {
        if (s != null && dialogs.confirm(peopleTable, "representatives.delete.title", "representatives.delete.message", "common.delete")) {
            model.deleteRepresentative(s.id());
        }
    }

    @FXML
    private void onNewEvent() {
        editEvent(model.newEvent());
    }

    @FXML
    private void onEditEvent() {
        editEvent(eventTable.getSelectionModel().getSelectedItem());
    }

    @FXML
    private void onDeleteEvent() {
        deleteEvent(eventTable.getSelectionModel().getSelectedItem());
    }

    private void editEvent(InvolvementEvent e) {
        if (e != null) {
            editEvent(model.edit(e));
        }
    }

    private void editEvent(EventForm f) {
        if (new FormDialog(i18n, dialogs, f.isNew() ? "involvement.dialog.new" : "involvement.dialog.edit", f.form)
                .date("involvement.field.date", f.date)
                .choice("involvement.field.type", f.type, InvolvementType.class)
                .choice("involvement.field.level", f.level, InvolvementLevel.class)
                .multi("involvement.field.workplaces", f.workplaces, model.workplaces(), Ref::name)
                .onlyWhen(f.level.valueProperty().isEqualTo(InvolvementLevel.WORKPLACE))
                .multi("involvement.field.participants", f.people, model.people(), p -> p.fullName() + " (" + p.unionName() + ")")
                .text("involvement.field.topic", f.topic)
                .area("involvement.field.outcome", f.outcome)
                .showAndWait(eventTable)) {
            model.save(f);
        }
    }

    private void deleteEvent(InvolvementEvent e) {
        if (e != null && dialogs.confirm(eventTable, "involvement.delete.title", "involvement.delete.message", "common.delete")) {
            model.deleteEvent(e.id());
        }
    }
}
