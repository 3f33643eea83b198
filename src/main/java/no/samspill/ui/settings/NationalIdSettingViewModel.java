package no.samspill.ui.settings;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import no.samspill.data.LookupRepository;
import no.samspill.data.MunicipalityRepository;
import no.samspill.ui.common.ViewModelContext;

/** Whether the current municipality stores fødselsnummer/D-nummer, and how many it holds. */
public final class NationalIdSettingViewModel {

    private final MunicipalityRepository municipalities;
    private final LookupRepository lookups;
    private final ViewModelContext context;
    private final long municipalityId;
    private final BooleanProperty stored = new SimpleBooleanProperty();
    private final IntegerProperty count = new SimpleIntegerProperty();

    public NationalIdSettingViewModel(MunicipalityRepository municipalities, LookupRepository lookups, ViewModelContext context) {
        this.municipalities = municipalities;
        this.lookups = lookups;
        this.context = context;
        this.municipalityId = context.municipalityId();
    }

    public void load() {
        context.task(() -> new State(lookups.storesNationalId(municipalityId), municipalities.storedNationalIds(municipalityId))).load().onSuccess(s -> {
            stored.set(s.on());
            count.set(s.count());
        }).start();
    }

    /** Turning it off erases every stored number of the municipality; the caller asks first. */
    public void set(boolean on) {
        context.action(() -> municipalities.setStoreNationalId(municipalityId, on)).onSuccess(done -> load()).onError(error -> {
            load();
            context.onError().accept(error);
        }).start();
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
