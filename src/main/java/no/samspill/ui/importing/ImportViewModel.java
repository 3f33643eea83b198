package no.samspill.ui.importing;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import no.samspill.data.LookupRepository;
import no.samspill.domain.CandidateStatus;
import no.samspill.domain.Gender;
import no.samspill.domain.Programme;
import no.samspill.domain.Ref;
import no.samspill.importing.CandidateImporter;
import no.samspill.importing.ColumnMapping;
import no.samspill.importing.Field;
import no.samspill.importing.ImportRefused;
import no.samspill.importing.RawTable;
import no.samspill.importing.SpreadsheetFile;
import no.samspill.importing.TextEncoding;
import no.samspill.importing.ValueMapping;
import no.samspill.ui.common.ViewModelContext;

/**
 * The import dialog's state: the file as read (off the FX thread, with cancel), the column and word
 * mappings the user confirms, the check with its problems and possible duplicates, the decisions,
 * and the commit. Changing the encoding reads the file again; changing a mapping asks for a new check.
 */
public final class ImportViewModel {

    /** One distinct word of a mapped column and the code it maps to (null: not mapped). */
    public record Word(Field field, String word, String target) {
    }

    /** A target a word can map to: an enum constant's name or a record's id, with what the user sees. */
    public record Option(String code, Object shown) {
    }

    private final CandidateImporter importer;
    private final LookupRepository lookups;
    private final ViewModelContext context;
    private final Map<Field, List<Option>> options = new HashMap<>();
    private final ObjectProperty<Path> file = new SimpleObjectProperty<>();
    private final ObjectProperty<RawTable> table = new SimpleObjectProperty<>();
    private final ObjectProperty<ImportRefused> refusal = new SimpleObjectProperty<>();
    private final ObjectProperty<CandidateImporter.Checked> checked = new SimpleObjectProperty<>();
    private final ObjectProperty<CandidateImporter.Outcome> outcome = new SimpleObjectProperty<>();
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final ObservableList<Word> words = FXCollections.observableArrayList();
    private final Map<Integer, CandidateImporter.Decision> decisions = new HashMap<>();
    private ColumnMapping columns = new ColumnMapping();
    private ValueMapping values;
    private AtomicBoolean cancel = new AtomicBoolean();

    public ImportViewModel(CandidateImporter importer, LookupRepository lookups, ViewModelContext context) {
        this.importer = importer;
        this.lookups = lookups;
        this.context = context;
        options.put(Field.STATUS, enumOptions(CandidateStatus.values()));
        options.put(Field.GENDER, enumOptions(Gender.values()));
        options.put(Field.PROGRAMME, enumOptions(Programme.values()));
    }

    private static List<Option> enumOptions(Enum<?>[] constants) {
        return Arrays.stream(constants).map(c -> new Option(c.name(), c)).toList();
    }

    /** What a word of {@code field} can map to; an enum's constants, or the registered offices and workplaces. */
    public List<Option> options(Field field) {
        return options.getOrDefault(field, List.of());
    }

    /** Reads {@code path} with the encoding found (or {@code encoding} when the user chose one). */
    public void open(Path path, TextEncoding encoding) {
        file.set(path);
        refusal.set(null);
        table.set(null);
        checked.set(null);
        outcome.set(null);
        AtomicBoolean cancelled = new AtomicBoolean();
        cancel = cancelled;
        busy.set(true);
        context.task(() -> SpreadsheetFile.read(path, encoding, cancelled::get)).onSuccess(t -> {
            columns = ColumnMapping.guess(t.headers());
            table.set(t);
            guessValues();
        }).onError(this::failed).andFinally(() -> busy.set(false)).start();
    }

    private void failed(Throwable error) {
        if (error instanceof ImportRefused r) {
            refusal.set(r);
        } else if (!(error instanceof CancellationException)) {
            context.onError().accept(error);
        }
    }

    private void guessValues() {
        RawTable t = table.get();
        long mid = context.municipalityId();
        context.task(() -> {
            List<Ref> navOffices = lookups.navOffices(mid);
            List<Ref> workplaces = lookups.workplaces(mid);
            return new Guessed(ValueMapping.guess(t, columns, navOffices, workplaces), navOffices, workplaces);
        }).onSuccess(g -> {
            ValueMapping v = g.values();
            values = v;
            options.put(Field.NAV_OFFICE, g.navOffices().stream().map(r -> new Option(Long.toString(r.id()), r.name())).toList());
            options.put(Field.WORKPLACE, g.workplaces().stream().map(r -> new Option(Long.toString(r.id()), r.name())).toList());
            List<Word> list = ValueMapping.MAPPED.stream().flatMap(f -> v.words(f).values().stream()
                    .map(w -> new Word(f, w, v.target(f, w).orElse(null)))).toList();
            words.setAll(list);
            checked.set(null);
        }).start();
    }

    /** Puts {@code field} in {@code column} (null: not in the file); the words are guessed again. */
    public void mapColumn(Field field, Integer column) {
        columns.set(field, column);
        if (table.get() != null) {
            guessValues();
        }
    }

    public void mapWord(Word word, String target) {
        values.set(word.field(), word.word(), target);
        words.set(words.indexOf(word), new Word(word.field(), word.word(), target));
        checked.set(null);
    }

    /** Checks every row with the current mappings, off the FX thread. */
    public void check() {
        RawTable t = table.get();
        if (t == null || values == null || !columns.hasName()) {
            return;
        }
        AtomicBoolean cancelled = new AtomicBoolean();
        cancel = cancelled;
        busy.set(true);
        long mid = context.municipalityId();
        context.task(() -> importer.check(mid, t, columns, values, cancelled::get)).onSuccess(c -> {
            decisions.clear();
            checked.set(c);
        }).onError(this::failed).andFinally(() -> busy.set(false)).start();
    }

    public void decide(int row, CandidateImporter.Decision decision) {
        decisions.put(row, decision);
    }

    public CandidateImporter.Decision decision(int row) {
        return decisions.getOrDefault(row, CandidateImporter.Decision.SKIP);
    }

    /** Stores the valid rows as decided, in one transaction; {@code onDone} runs after a commit. */
    public void commit(Runnable onDone) {
        CandidateImporter.Checked c = checked.get();
        if (c == null || busy.get()) {
            return;
        }
        busy.set(true);
        Map<Integer, CandidateImporter.Decision> chosen = Map.copyOf(decisions);
        context.task(() -> importer.commit(c, chosen)).onSuccess(o -> {
            outcome.set(o);
            onDone.run();
        }).andFinally(() -> busy.set(false)).start();
    }

    public void cancel() {
        cancel.set(true);
    }

    private record Guessed(ValueMapping values, List<Ref> navOffices, List<Ref> workplaces) {
    }

    public ColumnMapping columns() {
        return columns;
    }

    public ObjectProperty<Path> fileProperty() { return file; }
    public ObjectProperty<RawTable> tableProperty() { return table; }
    public ObjectProperty<ImportRefused> refusalProperty() { return refusal; }
    public ObjectProperty<CandidateImporter.Checked> checkedProperty() { return checked; }
    public ObjectProperty<CandidateImporter.Outcome> outcomeProperty() { return outcome; }
    public BooleanProperty busyProperty() { return busy; }
    public ObservableList<Word> words() { return words; }
}
