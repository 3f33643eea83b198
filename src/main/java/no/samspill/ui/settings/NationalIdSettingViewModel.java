package no.samspill.ui.settings;

import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import no.samspill.data.LookupRepository;
import no.samspill.data.MunicipalityRepository;
import no.samspill.ui.common.TaskRunner;

/** Whether the current municipality stores fødselsnummer/D-nummer, and how many it holds. */
public final class NationalIdSettingViewModel {

    private final MunicipalityRepository municipalities;
    private final LookupRepository lookups;
    private final TaskRunner tasks;
    private final long municipalityId;
    private final Consumer<Throwable> onError;
    private final BooleanProperty stored = new SimpleBooleanProperty();
    private final IntegerProperty count = new SimpleIntegerProperty();

    public NationalIdSettingViewModel(MunicipalityRepository municipalities, LookupRepository lookups, TaskRunner tasks,
                                      long municipalityId, Consumer<Throwable> onError) {
        this.municipalities = municipalities;
        this.lookups = lookups;
        this.tasks = tasks;
        this.municipalityId = municipalityId;
        this.onError = onError;
    }

    public void load() {
        tasks.run(() -> new State(lookups.storesNationalId(municipalityId), municipalities.storedNationalIds(municipalityId)), s -> {
            stored.set(s.on());
            count.set(s.count());
        }, onError);
    }

    /** Turning it off erases every stored number of the municipality; the caller asks first. */
    public void set(boolean on) {
        tasks.run(() -> {
            municipalities.setStoreNationalId(municipalityId, on);
            return on;
        }, done -> load(), error -> {
            load();
            onError.accept(error);
        });
    }

    public BooleanProperty storedProperty() {
        return stored;
    }

    public IntegerProperty countProperty() {
        return count;
    }

    private record State(boolean on, int count) {
    }
}
