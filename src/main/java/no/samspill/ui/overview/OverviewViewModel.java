package no.samspill.ui.overview;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import no.samspill.data.CandidateRepository;
import no.samspill.data.EmploymentRepository;
import no.samspill.data.MentorRepository;
import no.samspill.data.OverviewRepository;
import no.samspill.data.ReportingRepository;
import no.samspill.data.TrainingRepository;
import no.samspill.domain.CandidateStatus;
import no.samspill.domain.DueItem;
import no.samspill.domain.ReportDeadline;
import no.samspill.domain.CooperationMeeting;
import no.samspill.data.CooperationRepository;
import no.samspill.domain.YearFigures;
import no.samspill.ui.common.ViewModelContext;

/** What the coordinator must act on now, and the year so far. */
public final class OverviewViewModel {

    /** How far ahead "due soon" looks. */
    public static final int HORIZON_DAYS = 14;

    private final CandidateRepository candidates;
    private final TrainingRepository training;
    private final EmploymentRepository employment;
    private final MentorRepository mentors;
    private final OverviewRepository overview;
    private final ReportingRepository reporting;
    private final ViewModelContext context;
    private final Clock clock;
    private final long municipalityId;
    private final ObservableList<DueItem> dueSoon = FXCollections.observableArrayList();
    private final ObservableList<DueItem> overdue = FXCollections.observableArrayList();
    private final ObservableList<DueItem> followUps = FXCollections.observableArrayList();
    private final ObservableList<DueItem> withoutMentor = FXCollections.observableArrayList();
    private final ObservableList<ReportDeadline> deadlines = FXCollections.observableArrayList();
    private final ObservableList<CooperationMeeting> cooperation = FXCollections.observableArrayList();
    private final CooperationRepository cooperationLog;
    private final ObjectProperty<Map<CandidateStatus, Integer>> counts = new SimpleObjectProperty<>(Map.of());
    private final ObjectProperty<YearFigures> figures = new SimpleObjectProperty<>();

    public OverviewViewModel(CandidateRepository candidates, TrainingRepository training, EmploymentRepository employment, MentorRepository mentors, OverviewRepository overview, ReportingRepository reporting, CooperationRepository cooperationLog, ViewModelContext context) {
        this.cooperationLog = cooperationLog;
        this.candidates = candidates;
        this.training = training;
        this.employment = employment;
        this.mentors = mentors;
        this.overview = overview;
        this.reporting = reporting;
        this.context = context;
        this.clock = context.clock();
        this.municipalityId = context.municipalityId();
    }

    public void refresh() {
        LocalDate today = today();
        LocalDate horizon = today.plusDays(HORIZON_DAYS);
        context.task(() -> new Loaded(training.openStepsUntil(municipalityId, horizon), employment.followUpsDueUntil(municipalityId, horizon),
                mentors.candidatesWithoutMentor(municipalityId), candidates.countsByStatus(municipalityId),
                overview.yearFigures(municipalityId, today.getYear()), reporting.reminders(municipalityId, today),
                cooperationLog.followUpsDue(municipalityId, today))).readingApart().load().onSuccess(l -> {
                    overdue.setAll(l.steps().stream().filter(s -> s.due().isBefore(today)).toList());
                    dueSoon.setAll(l.steps().stream().filter(s -> !s.due().isBefore(today)).toList());
                    followUps.setAll(l.followUps());
                    withoutMentor.setAll(l.withoutMentor());
                    counts.set(l.counts());
                    figures.set(l.figures());
                    deadlines.setAll(l.deadlines());
                    cooperation.setAll(l.cooperation());
                }).start();
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    public ObservableList<DueItem> dueSoon() {
        return dueSoon;
    }

    public ObservableList<DueItem> overdue() {
        return overdue;
    }

    public ObservableList<DueItem> followUps() {
        return followUps;
    }

    public ObservableList<DueItem> withoutMentor() {
        return withoutMentor;
    }

    /** The reporting deadlines to remind of today: within their reminder days, or past and not done. */
    public ObservableList<ReportDeadline> deadlines() {
        return deadlines;
    }

    /** Entries in the cooperation log whose follow-up date has come and that are not marked done. */
    public ObservableList<CooperationMeeting> cooperationFollowUps() {
        return cooperation;
    }

    public ObjectProperty<Map<CandidateStatus, Integer>> countsProperty() {
        return counts;
    }

    public ObjectProperty<YearFigures> figuresProperty() {
        return figures;
    }

    private record Loaded(List<DueItem> steps, List<DueItem> followUps, List<DueItem> withoutMentor,
                          Map<CandidateStatus, Integer> counts, YearFigures figures, List<ReportDeadline> deadlines,
                          List<CooperationMeeting> cooperation) {
    }
}
