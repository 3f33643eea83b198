package no.samspill.ui.start;

import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import no.samspill.data.DemoData;
import no.samspill.data.MunicipalityRepository;
import no.samspill.data.SettingsRepository;
import no.samspill.domain.Municipality;
import no.samspill.domain.TextRules;
import no.samspill.ui.common.ViewModelContext;
import java.util.concurrent.Callable;

/** First start: the user's own municipality by kommunenummer and name, or the demo municipality. */
public final class FirstStartViewModel {

    private final MunicipalityRepository municipalities;
    private final DemoData demo;
    private final SettingsRepository settings;
    private final ViewModelContext context;

    private final StringProperty number = new SimpleStringProperty("");
    private final StringProperty name = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper numberError = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper nameError = new ReadOnlyStringWrapper();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final BooleanBinding valid = Bindings.createBooleanBinding(
            () -> numberError.get() == null && nameError.get() == null, numberError, nameError);

    public FirstStartViewModel(MunicipalityRepository municipalities, DemoData demo, SettingsRepository settings, ViewModelContext context) {
        this.municipalities = municipalities;
        this.demo = demo;
        this.settings = settings;
        this.context = context;
        number.addListener(o -> validate());
        name.addListener(o -> validate());
    }

    private void validate() {
        String n = number.get() == null ? "" : number.get().strip();
        numberError.set(n.isEmpty() ? "validation.required"
                : Municipality.isValidNumber(n) ? null : "validation.municipalityNumber");
        String nm = name.get() == null ? "" : name.get();
        nameError.set(nm.isBlank() ? "validation.required"
                : nm.strip().length() > 120 ? "validation.tooLong"
                : TextRules.hasControlCharacters(nm) ? "validation.controlCharacters" : null);
    }

    public void createOwn(Consumer<Municipality> onCreated) {
        validate();
        if (!valid.get() || busy.get()) {
            return;
        }
        Municipality draft = new Municipality(null, number.get().strip(), name.get().strip(), false);
        run(() -> {
            if (municipalities.existsNumber(draft.number())) {
                return municipalities.findAll().stream().filter(m -> m.number().equals(draft.number())).findFirst().orElseThrow();
            }
            return municipalities.create(draft);
        }, onCreated);
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

    public StringProperty numberProperty() { return number; }
    public StringProperty nameProperty() { return name; }
    public ReadOnlyStringProperty numberErrorProperty() { return numberError.getReadOnlyProperty(); }
    public ReadOnlyStringProperty nameErrorProperty() { return nameError.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty busyProperty() { return busy.getReadOnlyProperty(); }
    public BooleanBinding validProperty() { return valid; }
}
