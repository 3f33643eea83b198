package no.samspill.ui.settings;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import no.samspill.data.CodeListRepository;
import no.samspill.data.KlassCsv;
import no.samspill.domain.AreaLists;
import no.samspill.ui.common.ViewModelContext;

/** The official lists in use, and the import of a newer file from SSB's Klass. */
public final class CodeListViewModel {

    /** Refuse files far larger than any Klass list (the kommuner list is some 30 kB) before reading them. */
    static final long LARGEST_FILE = 5L * 1024 * 1024;

    /** How many units each list holds today. */
    public record Counts(int municipalities, int districts, int counties) {
    }

    /** What the last import said: a message key with its arguments. */
    public record Outcome(boolean ok, String key, Object... args) {
    }

    private record Done(CodeListRepository.Imported imported, Counts counts) {
    }

    private final CodeListRepository codeLists;
    private final ViewModelContext context;
    private final ReadOnlyObjectWrapper<Counts> counts = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Outcome> outcome = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();

    public CodeListViewModel(CodeListRepository codeLists, ViewModelContext context) {
        this.codeLists = codeLists;
        this.context = context;
    }

    public void load() {
        context.task(codeLists::lists).load().onSuccess(l -> counts.set(count(l))).start();
    }

    private Counts count(AreaLists lists) {
        var units = lists.units(context.today());
        int districts = (int) units.stream().filter(a -> a.isDistrict()).count();
        return new Counts(units.size() - districts, districts, lists.counties().size());
    }

    public void importFile(Path file) {
        busy.set(true);
        context.task(() -> {
            if (Files.size(file) > LARGEST_FILE) {
                throw new KlassCsv.BadFileException("codeList.error.tooLarge", 1);
            }
            return new Done(codeLists.importList(Files.readAllBytes(file)), count(codeLists.lists()));
        }).onSuccess(r -> {
            busy.set(false);
            CodeListRepository.Imported done = r.imported();
            counts.set(r.counts());
            String key = switch (done.list()) {
                case KOMMUNER -> "codeList.imported.KOMMUNER";
                case BYDELER -> "codeList.imported.BYDELER";
                case FYLKER -> "codeList.imported.FYLKER";
            };
            outcome.set(new Outcome(true, key, done.rows(), done.current()));
        }).onError(e -> {
            busy.set(false);
            if (e instanceof KlassCsv.BadFileException bad) {
                outcome.set(new Outcome(false, bad.key(), bad.line()));
            } else {
                context.onError().accept(e);
            }
        }).start();
    }

    public ReadOnlyObjectProperty<Counts> countsProperty() { return counts.getReadOnlyProperty(); }
    public ReadOnlyObjectProperty<Outcome> outcomeProperty() { return outcome.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty busyProperty() { return busy.getReadOnlyProperty(); }
}
