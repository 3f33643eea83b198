package no.samspill.ui.start;

import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import no.samspill.data.CodeListRepository;
import no.samspill.data.DemoData;
import no.samspill.data.MunicipalityRepository;
import no.samspill.data.SettingsRepository;
import no.samspill.domain.AreaLists;
import no.samspill.domain.AreaMatch;
import no.samspill.domain.Municipality;
import no.samspill.ui.common.ViewModelContext;

/**
 * First start: the user's own kommune or bydel, picked by name or number from SSB's lists, or the
 * demo municipality.
 */
public final class FirstStartViewModel {

    static final int SHOWN = 12;

    private final MunicipalityRepository municipalities;
    private final CodeListRepository codeLists;
    private final DemoData demo;
    private final SettingsRepository settings;
    private final ViewModelContext context;

    private final StringProperty query = new SimpleStringProperty("");
    private final ObservableList<AreaMatch> matches = FXCollections.observableArrayList();
    private final ObjectProperty<AreaMatch> selected = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper pickError = new ReadOnlyStringWrapper();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private AreaLists lists;

    public FirstStartViewModel(MunicipalityRepository municipalities, CodeListRepository codeLists, DemoData demo,
                               SettingsRepository settings, ViewModelContext context) {
        this.municipalities = municipalities;
        this.codeLists = codeLists;
        this.demo = demo;
        this.settings = settings;
        this.context = context;
        query.addListener(o -> search());
        selected.addListener(o -> pickError.set(null));
        context.task(codeLists::lists).onSuccess(l -> {
            lists = l;
            search();
        }).start();
    }

    private void search() {
        if (lists == null) {
            return;
        }
        matches.setAll(lists.search(query.get(), context.today(), SHOWN));
        if (matches.size() == 1 || !matches.contains(selected.get())) {
            selected.set(matches.isEmpty() ? null : matches.get(0));
        }
    }

    public void createOwn(Consumer<Municipality> onCreated) {
        AreaMatch pick = selected.get();
        if (pick == null) {
            pickError.set(query.get() == null || query.get().isBlank() ? "firstStart.pick.required" : "firstStart.pick.none");
            return;
        }
        if (busy.get()) {
            return;
        }
        Municipality draft = new Municipality(null, pick.area().code(), pick.unitName(), false);
        run(() -> municipalities.findByNumber(draft.number()).orElseGet(() -> municipalities.create(draft)), onCreated);
    }

    public void createDemo(String demoName, Consumer<Municipality> onCreated) {
        if (busy.get()) {
            return;
        }
        run(() -> municipalities.findAll().stream().filter(Municipality::demo).findFirst()
                .orElseGet(() -> demo.create(demoName)), onCreated);
    }

    private void run(Callable<Municipality> work, Consumer<Municipality> onCreated) {
        busy.set(true);
        context.task(() -> {
            Municipality m = work.call();
            settings.put(SettingsRepository.CURRENT_MUNICIPALITY, Long.toString(m.id()));
            return m;
        }).onSuccess(m -> {
            busy.set(false);
            onCreated.accept(m);
        }).onError(e -> {
            busy.set(false);
            context.onError().accept(e);
        }).start();
    }

    public StringProperty queryProperty() { return query; }
    public ObservableList<AreaMatch> matches() { return matches; }
    public ObjectProperty<AreaMatch> selectedProperty() { return selected; }
    public ReadOnlyStringProperty pickErrorProperty() { return pickError.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty busyProperty() { return busy.getReadOnlyProperty(); }
}
