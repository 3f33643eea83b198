package no.samspill.ui.settings;

import java.util.List;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import no.samspill.data.PersonalDataRepository;
import no.samspill.data.SettingsRepository;
import no.samspill.domain.CandidateSummary;
import no.samspill.ui.common.ViewModelContext;

/** How long ended candidates keep their identity, and who is due for anonymisation. */
public final class RetentionViewModel {

    public static final String KEY = "retention.years";
    public static final int DEFAULT_YEARS = 2;

    private final PersonalDataRepository personalData;
    private final SettingsRepository settings;
    private final ViewModelContext context;
    private final long municipalityId;
    private final IntegerProperty years = new SimpleIntegerProperty(DEFAULT_YEARS);
    private final ObservableList<CandidateSummary> due = FXCollections.observableArrayList();

    public RetentionViewModel(PersonalDataRepository personalData, SettingsRepository settings, ViewModelContext context) {
        this.personalData = personalData;
        this.settings = settings;
        this.context = context;
        this.municipalityId = context.municipalityId();
    }

    public void load() {
        context.task(() -> settings.get(KEY).map(Integer::parseInt).orElse(DEFAULT_YEARS)).load().onSuccess(y -> {
            years.set(y);
            years.addListener((obs, old, now) -> {
                save(now.intValue());
            });
            refresh();
        }).start();
    }

    private void save(int y) {
        context.action(() -> settings.put(KEY, Integer.toString(y))).onSuccess(done -> refresh()).start();
    }

    public void refresh() {
        int y = years.get();
        context.task(() -> personalData.dueForAnonymisation(municipalityId, y)).load().onSuccess(due::setAll).start();
    }

    /** Anonymises each candidate in its own transaction, then lists again. */
    public void anonymise(List<CandidateSummary> candidates) {
        context.task(() -> {
            for (CandidateSummary c : candidates) {
                personalData.anonymise(c.id());
            }
            return candidates.size();
        }).onSuccess(n -> refresh()).start();
    }

    public IntegerProperty yearsProperty() {
        return years;
    }

    public ObservableList<CandidateSummary> due() {
        return due;
    }
}
