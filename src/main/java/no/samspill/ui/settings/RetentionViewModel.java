package no.samspill.ui.settings;

import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import no.samspill.data.PersonalDataRepository;
import no.samspill.data.SettingsRepository;
import no.samspill.domain.CandidateSummary;
import no.samspill.ui.common.TaskRunner;

/** How long ended candidates keep their identity, and who is due for anonymisation. */
public final class RetentionViewModel {

    public static final String KEY = "retention.years";
    public static final int DEFAULT_YEARS = 2;

    private final PersonalDataRepository personalData;
    private final SettingsRepository settings;
    private final TaskRunner tasks;
    private final long municipalityId;
    private final Consumer<Throwable> onError;
    private final IntegerProperty years = new SimpleIntegerProperty(DEFAULT_YEARS);
    private final ObservableList<CandidateSummary> due = FXCollections.observableArrayList();

    public RetentionViewModel(PersonalDataRepository personalData, SettingsRepository settings, TaskRunner tasks, long municipalityId,
                              Consumer<Throwable> onError) {
        this.personalData = personalData;
        this.settings = settings;
        this.tasks = tasks;
        this.municipalityId = municipalityId;
        this.onError = onError;
    }

    public void load() {
        tasks.run(() -> settings.get(KEY).map(Integer::parseInt).orElse(DEFAULT_YEARS), y -> {
            years.set(y);
            years.addListener((obs, old, now) -> {
                save(now.intValue());
            });
            refresh();
        }, onError);
    }

    private void save(int y) {
        tasks.run(() -> {
            settings.put(KEY, Integer.toString(y));
            return y;
        }, done -> refresh(), onError);
    }

    public void refresh() {
        int y = years.get();
        tasks.run(() -> personalData.dueForAnonymisation(municipalityId, y), due::setAll, onError);
    }

    /** Anonymises each candidate in its own transaction, then lists again. */
    public void anonymise(List<CandidateSummary> candidates) {
        tasks.run(() -> {
            for (CandidateSummary c : candidates) {
                personalData.anonymise(c.id());
            }
            return candidates.size();
        }, n -> refresh(), onError);
    }

    public IntegerProperty yearsProperty() {
        return years;
    }

    public ObservableList<CandidateSummary> due() {
        return due;
    }
}
