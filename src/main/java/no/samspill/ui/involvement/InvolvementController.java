package no.samspill.ui.involvement;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import no.samspill.domain.Checks;
import no.samspill.domain.InvolvementEvent;
import no.samspill.domain.InvolvementLevel;
import no.samspill.domain.InvolvementType;
import no.samspill.domain.Ref;
import no.samspill.domain.RepresentativeLevel;
import no.samspill.domain.RepresentativeSummary;
import no.samspill.domain.UnionRepresentative;
import no.samspill.domain.WorkplaceCoverage;
import no.samspill.ui.common.Columns;
import no.samspill.ui.common.Dialogs;
import no.samspill.ui.common.FormDialog;
import no.samspill.ui.common.I18n;
import no.samspill.ui.common.TableActions;
import java.util.ArrayList;
import java.util.List;
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
        editRepresentative(new UnionRepresentative(null, model.municipalityId(), null, null, "", RepresentativeLevel.LOCAL, true));
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
            editRepresentative(new UnionRepresentative(s.id(), model.municipalityId(), s.unionId(), s.workplaceId(),
                    s.fullName(), s.level(), s.active()));
        }
    }

    private void editRepresentative(UnionRepresentative r) {
        FormDialog form = new FormDialog(i18n, dialogs, r.id() == null ? "representatives.dialog.new" : "representatives.dialog.edit");
        form.info("representatives.why");
        var name = form.text("representatives.field.name", r.fullName(), v -> Checks.requiredText(v, Checks.MAX_NAME));
        var union = form.choice("representatives.field.union", model.unions(), ref(model.unions(), r.unionId()), Ref::name, true);
        var level = form.choice("representatives.field.level", RepresentativeLevel.class, r.level());
        Ref whole = new Ref(-1, i18n.get("representatives.wholeMunicipality"));
        List<Ref> places = new ArrayList<>();
        places.add(whole);
        places.addAll(model.workplaces());
        Ref where = r.workplaceId() == null ? whole : ref(model.workplaces(), r.workplaceId());
        var workplace = form.choice("representatives.field.where", places, where, Ref::name, true);
        var active = form.check("representatives.field.active", r.active());
        if (form.showAndWait(peopleTable)) {
            Long wid = workplace.value().id() < 0 ? null : workplace.value().id();
            model.save(new UnionRepresentative(r.id(), r.municipalityId(), union.value().id(), wid, name.value(),
                    level.value(), active.value()));
        }
    }

    private void deletePerson(RepresentativeSummary s) {
        if (s != null && dialogs.confirm(peopleTable, "representatives.delete.title", "representatives.delete.message", "common.delete")) {
            model.deleteRepresentative(s.id());
        }
    }

    @FXML
    private void onNewEvent() {
        editEvent(new InvolvementEvent(null, model.municipalityId(), model.today(), InvolvementType.INFORMATION,
                InvolvementLevel.MUNICIPALITY, "", "", Set.of(), Set.of()));
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
        if (e == null) {
            return;
        }
        FormDialog form = new FormDialog(i18n, dialogs, e.id() == null ? "involvement.dialog.new" : "involvement.dialog.edit");
        var date = form.date("involvement.field.date", e.date(), d -> Checks.required(d).or(() -> Checks.notFuture(d, model.today())));
        var type = form.choice("involvement.field.type", InvolvementType.class, e.type());
        var level = form.choice("involvement.field.level", InvolvementLevel.class, e.level());
        Set<Ref> pickedPlaces = model.workplaces().stream().filter(w -> e.workplaceIds().contains(w.id())).collect(Collectors.toSet());
        var places = form.multi("involvement.field.workplaces", model.workplaces(), pickedPlaces, Ref::name);
        Set<RepresentativeSummary> pickedPeople = model.people().stream().filter(p -> e.representativeIds().contains(p.id()))
                .collect(Collectors.toSet());
        var people = form.multi("involvement.field.participants", model.people(), pickedPeople,
                p -> p.fullName() + " (" + p.unionName() + ")");
        var topic = form.text("involvement.field.topic", e.topic(), v -> Checks.requiredText(v, Checks.MAX_TOPIC));
        var outcome = form.area("involvement.field.outcome", e.outcome(), v -> Checks.optionalText(v, Checks.MAX_LONG_TEXT));
        form.rule(places, () -> level.value() == InvolvementLevel.WORKPLACE && places.value().isEmpty()
                ? Optional.of("involvement.workplacesRequired") : Optional.empty());
        if (form.showAndWait(eventTable)) {
            model.save(new InvolvementEvent(e.id(), e.municipalityId(), date.value(), type.value(), level.value(), topic.value(),
                    outcome.value(), places.value().stream().map(Ref::id).collect(Collectors.toSet()),
                    people.value().stream().map(RepresentativeSummary::id).collect(Collectors.toSet())));
        }
    }

    private void deleteEvent(InvolvementEvent e) {
        if (e != null && dialogs.confirm(eventTable, "involvement.delete.title", "involvement.delete.message", "common.delete")) {
            model.deleteEvent(e.id());
        }
    }

    private static Ref ref(List<Ref> refs, Long id) {
        return id == null ? null : refs.stream().filter(r -> r.id() == id).findFirst().orElse(null);
    }
}
