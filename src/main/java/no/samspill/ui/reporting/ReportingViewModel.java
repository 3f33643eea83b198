package no.samspill.ui.reporting;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.LongProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleLongProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import no.samspill.data.EvaluationRepository;
import no.samspill.data.ReportingRepository;
import no.samspill.domain.Programme;
import no.samspill.domain.ProgrammeGrant;
import no.samspill.domain.ReportDeadline;
import no.samspill.evaluation.AtomicFile;
import no.samspill.evaluation.GrantReport;
import no.samspill.evaluation.GrantReportSheet;
import no.samspill.evaluation.Period;
import no.samspill.evaluation.ProgrammeFacts;
import no.samspill.ui.common.ViewModelContext;

/**
 * The Rapportering screen: the year's exact figures for one programme or all, in the grantor's
 * order, beside the grants and the reporting deadlines. The facts are read once, off the FX thread;
 * changing the year or the programme recomputes the lines from them.
 */
public final class ReportingViewModel {

    private final EvaluationRepository evaluation;
    private final ReportingRepository reporting;
    private final ViewModelContext context;
    private final ObjectProperty<Integer> year = new SimpleObjectProperty<>();
    private final ObjectProperty<Programme> programme = new SimpleObjectProperty<>();
    private final ObservableList<Programme> programmes = FXCollections.observableArrayList();
    private final ObservableList<GrantReport.Line> lines = FXCollections.observableArrayList();
    private final ObservableList<ProgrammeGrant> grants = FXCollections.observableArrayList();
    private final ObservableList<ReportDeadline> deadlines = FXCollections.observableArrayList();
    private final LongProperty auditorLimit = new SimpleLongProperty(ProgrammeGrant.DEFAULT_AUDITOR_LIMIT);
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private ProgrammeFacts facts;

    public ReportingViewModel(EvaluationRepository evaluation, ReportingRepository reporting, ViewModelContext context) {
        this.evaluation = evaluation;
        this.reporting = reporting;
        this.context = context;
        year.set(context.today().getYear());
        year.addListener((obs, old, now) -> recompute());
        programme.addListener((obs, old, now) -> recompute());
    }

    public void load() {
        busy.set(true);
        long mid = context.municipalityId();
        context.task(() -> new Loaded(evaluation.facts(mid), reporting.grants().of(mid), reporting.deadlines().of(mid),
                reporting.auditorLimit())).load().onSuccess(l -> {
                    facts = l.facts();
                    grants.setAll(l.grants());
                    deadlines.setAll(l.deadlines());
                    auditorLimit.set(l.auditorLimit());
                    programmes.setAll(l.facts().programmes());
                    recompute();
                }).andFinally(() -> busy.set(false)).start();
    }

    /** The as-of date: 31 December, or today while the year is running. */
    public Period period() {
        int y = year.get();
        LocalDate today = context.today();
        return y == today.getYear() ? new Period(y, today) : Period.ofYear(y);
    }

    private void recompute() {
        if (facts == null || year.get() == null) {
            return;
        }
        lines.setAll(GrantReport.of(facts, programme.get(), period(), List.copyOf(grants), auditorLimit.get()));
    }

    public GrantForm newGrant() {
        Programme p = programme.get() != null ? programme.get()
                : programmes.isEmpty() ? Programme.RECRUITMENT_THROUGH_INCLUSION : programmes.get(0);
        return new GrantForm(new ProgrammeGrant(null, context.municipalityId(), p, year.get(), 0, 0, 0));
    }

    public GrantForm edit(ProgrammeGrant g) {
        return new GrantForm(g);
    }

    public void save(GrantForm f) {
        ProgrammeGrant g = f.toRecord();
        context.task(() -> reporting.grants().save(g, f.seen())).onSuccess(saved -> reload()).start();
    }

    public void delete(ProgrammeGrant g) {
        context.action(() -> reporting.grants().delete(g.id())).onSuccess(done -> reload()).start();
    }

    public DeadlineForm newDeadline() {
        return new DeadlineForm(new ReportDeadline(null, context.municipalityId(), "", LocalDate.of(year.get() + 1, 2, 1), 30, false));
    }

    public DeadlineForm edit(ReportDeadline d) {
        return new DeadlineForm(d);
    }

    public void save(DeadlineForm f) {
        ReportDeadline d = f.toRecord();
        context.task(() -> reporting.deadlines().save(d, f.seen())).onSuccess(saved -> reload()).start();
    }

    public void delete(ReportDeadline d) {
        context.action(() -> reporting.deadlines().delete(d.id())).onSuccess(done -> reload()).start();
    }

    public void saveAuditorLimit(long kroner) {
        context.action(() -> reporting.setAuditorLimit(kroner)).onSuccess(done -> reload()).start();
    }

    private void reload() {
        long mid = context.municipalityId();
        context.task(() -> new Loaded(facts, reporting.grants().of(mid), reporting.deadlines().of(mid), reporting.auditorLimit()))
                .load().onSuccess(l -> {
                    grants.setAll(l.grants());
                    deadlines.setAll(l.deadlines());
                    auditorLimit.set(l.auditorLimit());
                    recompute();
                }).start();
    }

    /** Writes the lines now shown to {@code file} as a spreadsheet, whole or not at all. */
    public void exportSheet(Path file, String title, String lang, Runnable done) {
        List<GrantReport.Line> shown = List.copyOf(lines);
        context.action(() -> AtomicFile.write(file, GrantReportSheet.write(shown, title, lang))).onSuccess(v -> done.run()).start();
    }

    public ObjectProperty<Integer> yearProperty() {
        return year;
    }

    public ObjectProperty<Programme> programmeProperty() {
        return programme;
    }

    public ObservableList<Programme> programmes() {
        return programmes;
    }

    public ObservableList<GrantReport.Line> lines() {
        return lines;
    }

    public ObservableList<ProgrammeGrant> grants() {
        return grants;
    }

    public ObservableList<ReportDeadline> deadlines() {
        return deadlines;
    }

    public LongProperty auditorLimitProperty() {
        return auditorLimit;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    private record Loaded(ProgrammeFacts facts, List<ProgrammeGrant> grants, List<ReportDeadline> deadlines, long auditorLimit) {
    }
}
