package no.samspill.ui.candidates;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import no.samspill.data.PersonalDataRepository;
import no.samspill.gdpr.AccessReport;
import no.samspill.ui.common.ViewModelContext;

/** Innsyn: everything stored about one candidate, written as a readable page and a JSON file. */
public final class AccessRequestViewModel {

    private final PersonalDataRepository personalData;
    private final ViewModelContext context;

    public AccessRequestViewModel(PersonalDataRepository personalData, ViewModelContext context) {
        this.personalData = personalData;
        this.context = context;
    }

    /** Writes the access report (HTML and JSON) for the candidate into {@code folder}, off the FX thread. */
    public void write(long candidateId, Path folder, Consumer<List<Path>> onDone) {
        context.task(() -> AccessReport.write(personalData.access(candidateId), folder)).onSuccess(onDone).start();
    }
}
