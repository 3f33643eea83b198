package no.samspill.evaluation;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import no.samspill.domain.CandidateStatus;
import no.samspill.domain.QualificationKind;
import no.samspill.domain.StatusChange;
import no.samspill.domain.TrainingTemplate;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Every indicator of the evaluation package, with its definition and its code. Nothing else in the
 * app defines an indicator. Ages are the age reached in the reporting year (year − birth year),
 * because only the birth year is sure to be recorded.
 */
public final class IndicatorCatalogue {

    private IndicatorCatalogue() {
    }

    public static List<Indicator> all() {
        return List.of(newParticipants(), activeParticipants(), endedParticipants(), endingReasons(), statusAsOf(),
                EmploymentIndicators.jobs(), EmploymentIndicators.fullTime(), EmploymentIndicators.partTimeDiscussed(), qualifications(), activeMentors(), mentorCoverage(),
                involvementByType(), involvementCoverage(), EmploymentIndicators.followUps(), MeasureIndicators.supportedEmployment(),
                MeasureIndicators.trainingToQualification(), MeasureIndicators.jobsWithWageSubsidy(), OutcomeIndicators.apprenticeships(),
                OutcomeIndicators.jobOccupation(), OutcomeIndicators.incomeSources(), CooperationIndicators.meetingsByPartner(),
                NeedsIndicators.capacityUsed(), NeedsIndicators.tasksByStatus());
    }

    public static Optional<Indicator> find(String id) {
        return all().stream().filter(i -> i.id().equals(id)).findFirst();
    }

    static Indicator newParticipants() {
        return new Indicator("participants.new",
                new Text("Nye deltakere", "Nye deltakarar", "New participants"),
                new Text("Kandidater som kom inn i programmet (første statusdato) fra 1. januar til og med telledatoen, etter alder og kjønn.",
                        "Kandidatar som kom inn i programmet (første statusdato) frå 1. januar til og med teljedatoen, etter alder og kjønn.",
                        "Candidates who entered the programme (first status date) from 1 January up to and including the as-of date, by age and gender."),
                Dimensions.AGE, Dimensions.GENDER, "new", true, null, (f, p) -> byAgeAndGender(f, p, c -> c.entered().filter(p::contains).isPresent()));
    }

    static Indicator activeParticipants() {
        return new Indicator("participants.active",
                new Text("Aktive deltakere på telledatoen", "Aktive deltakarar på teljedatoen", "Active participants on the as-of date"),
                new Text("Kandidater med status aktiv, i kvalifisering eller i jobb ved slutten av telledatoen. Henviste som ikke har startet, telles ikke.",
                        "Kandidatar med status aktiv, i kvalifisering eller i jobb ved slutten av teljedatoen. Viste vidare som ikkje har starta, blir ikkje talde.",
                        "Candidates whose status at the end of the as-of date is active, in qualification or in a job. Referred candidates who have not started are not counted."),
                Dimensions.AGE, Dimensions.GENDER, "active", true, null,
                (f, p) -> byAgeAndGender(f, p, c -> c.statusOn(p.asOf()).map(CandidateStatus::isActive).orElse(false)));
    }

    static Indicator endedParticipants() {
        return new Indicator("participants.ended",
                new Text("Avsluttede deltakere", "Avslutta deltakarar", "Participants who ended"),
                new Text("Kandidater som fikk status avsluttet i perioden (1. januar til telledatoen). En kandidat som avsluttet to ganger, telles én gang.",
                        "Kandidatar som fekk status avslutta i perioden (1. januar til teljedatoen). Ein kandidat som avslutta to gonger, blir talt éin gong.",
                        "Candidates who were ended in the period (1 January to the as-of date). A candidate who ended twice is counted once."),
                Dimensions.AGE, Dimensions.GENDER, "ended", true, null,
                (f, p) -> byAgeAndGender(f, p, c -> !c.endingsBetween(p.start(), p.asOf()).isEmpty()));
    }

    static Indicator endingReasons() {
        return new Indicator("endings.reason",
                new Text("Avslutninger etter årsak", "Avsluttingar etter årsak", "Endings by reason"),
                new Text("De samme kandidatene som i «Avsluttede deltakere», etter årsaken til den siste avslutningen i perioden.",
                        "Dei same kandidatane som i «Avslutta deltakarar», etter årsaka til den siste avsluttinga i perioden.",
                        "The same candidates as in \u201cParticipants who ended\u201d, by the reason for their last ending in the period."),
                Dimensions.REASONS, Dimensions.COUNT, "ended", true, null, (f, p) -> {
                    long[][] cells = new long[Dimensions.REASONS.size()][1];
                    for (CandidateFacts c : f.candidates()) {
                        List<StatusChange> endings = c.endingsBetween(p.start(), p.asOf());
                        if (!endings.isEmpty()) {
                            cells[Dimensions.reason(endings.get(endings.size() - 1).reason())][0]++;
                        }
                    }
                    return cells;
                });
    }

    static Indicator statusAsOf() {
        List<Indicator.Label> rows = Dimensions.statusRows();
        return new Indicator("status.asOf",
                new Text("Aktive deltakere etter hvor de er", "Aktive deltakarar etter kvar dei er", "Active participants by stage"),
                new Text("De aktive deltakerne på telledatoen: i praksis (status aktiv), i kvalifisering etter malen for det siste opplæringsløpet som har startet, eller i jobb.",
                        "Dei aktive deltakarane på teljedatoen: i praksis (status aktiv), i kvalifisering etter malen for det siste opplæringsløpet som har starta, eller i jobb.",
                        "The active participants on the as-of date: in practice (status active), in qualification by the template of the latest path that has started, or in a job."),
                rows, Dimensions.COUNT, "active", true, null, (f, p) -> {
                    long[][] cells = new long[rows.size()][1];
                    for (CandidateFacts c : f.candidates()) {
                        Optional<CandidateStatus> s = c.statusOn(p.asOf());
                        if (s.isEmpty() || !s.get().isActive()) {
                            continue;
                        }
                        switch (s.get()) {
                            case ACTIVE -> cells[0][0]++;
                            case IN_JOB -> cells[rows.size() - 1][0]++;
                            default -> cells[qualificationRow(c, p.asOf())][0]++;
                        }
                    }
                    return cells;
                });
    }

    private static int qualificationRow(CandidateFacts c, LocalDate asOf) {
        return c.paths().stream().filter(path -> !path.start().isAfter(asOf))
                .max(Comparator.comparing(CandidateFacts.PathFact::start))
                .map(path -> 1 + path.template().ordinal()).orElse(1 + TrainingTemplate.values().length);
    }

    static Indicator qualifications() {
        List<Indicator.Label> rows = List.of(new Indicator.Label("TRADE_CERTIFICATE", new Text("Fagbrev", "Fagbrev", "Trade certificate (fagbrev)")),
                new Indicator.Label("COMPETENCE_CERTIFICATE", new Text("Kompetansebevis", "Kompetansebevis", "Kompetansebevis")));
        return new Indicator("qualifications.achieved",
                new Text("Fagbrev og kompetansebevis", "Fagbrev og kompetansebevis", "Trade certificates and kompetansebevis"),
                new Text("Fagbrev og kompetansebevis oppnådd fra 1. januar til og med telledatoen (datoen oppnådd), uansett kandidatens status i dag.",
                        "Fagbrev og kompetansebevis oppnådde frå 1. januar til og med teljedatoen (datoen oppnådd), uansett status til kandidaten i dag.",
                        "Trade certificates and kompetansebevis achieved from 1 January up to and including the as-of date (the date achieved), whatever the candidate's status now."),
                rows, Dimensions.COUNT, null, true, null, (f, p) -> {
                    long[][] cells = new long[2][1];
                    f.candidates().forEach(c -> c.qualifications().stream().filter(q -> p.contains(q.achieved()))
                            .forEach(q -> cells[q.kind() == QualificationKind.TRADE_CERTIFICATE ? 0 : 1][0]++));
                    return cells;
                });
    }

    static Indicator activeMentors() {
        return new Indicator("mentors.active",
                new Text("Aktive mentorer", "Aktive mentorar", "Active mentors"),
                new Text("Mentorer som hadde minst én kandidat tildelt på telledatoen.",
                        "Mentorar som hadde minst éin kandidat tildelt på teljedatoen.",
                        "Mentors who had at least one candidate assigned on the as-of date."),
                List.of(new Indicator.Label("mentors", new Text("Mentorer", "Mentorar", "Mentors"))), Dimensions.COUNT, null, true, null,
                (f, p) -> new long[][] {{f.candidates().stream().flatMap(c -> c.mentorPeriods().stream())
                        .filter(m -> m.covers(p.asOf())).map(CandidateFacts.Period::mentor).distinct().count()}});
    }

    static Indicator mentorCoverage() {
        List<Indicator.Label> cols = List.of(new Indicator.Label("withMentor", new Text("Med mentor", "Med mentor", "With a mentor")),
                new Indicator.Label("withoutMentor", new Text("Uten mentor", "Utan mentor", "Without a mentor")));
        return new Indicator("mentors.coverage",
                new Text("Aktive deltakere med og uten mentor", "Aktive deltakarar med og utan mentor", "Active participants with and without a mentor"),
                new Text("De aktive deltakerne på telledatoen, etter om de hadde en mentortildeling som gjaldt den dagen. Andelen er andelen uten mentor.",
                        "Dei aktive deltakarane på teljedatoen, etter om dei hadde ei mentortildeling som galdt den dagen. Delen er delen utan mentor.",
                        "The active participants on the as-of date, by whether a mentor assignment covered that day. The share is the share without a mentor."),
                List.of(new Indicator.Label("active", new Text("Aktive deltakere", "Aktive deltakarar", "Active participants"))), cols, "active", true,
                new Indicator.Share(1, new Text("Andel uten mentor", "Del utan mentor", "Share without a mentor")), (f, p) -> {
                    long[][] cells = new long[1][2];
                    for (CandidateFacts c : f.candidates()) {
                        if (c.statusOn(p.asOf()).map(CandidateStatus::isActive).orElse(false)) {
                            boolean has = c.mentorPeriods().stream().anyMatch(m -> m.covers(p.asOf()));
                            cells[0][has ? 0 : 1]++;
                        }
                    }
                    return cells;
                });
    }

    static Indicator involvementByType() {
        return new Indicator("involvement.type",
                new Text("Medvirkning fra tillitsvalgte etter type", "Medverknad frå tillitsvalde etter type", "Union representative involvement by type"),
                new Text("Medvirkningshendelser fra 1. januar til og med telledatoen, etter type. Tallene gjelder møter og avtaler, ikke personer, og skjules derfor ikke.",
                        "Medverknadshendingar frå 1. januar til og med teljedatoen, etter type. Tala gjeld møte og avtalar, ikkje personar, og blir difor ikkje skjulte.",
                        "Involvement events from 1 January up to and including the as-of date, by type. The figures count meetings and agreements, not people, so they are not suppressed."),
                Dimensions.INVOLVEMENT, Dimensions.COUNT, null, false, null, (f, p) -> {
                    long[][] cells = new long[Dimensions.INVOLVEMENT.size()][1];
                    f.events().stream().filter(e -> p.contains(e.date())).forEach(e -> cells[Dimensions.involvement(e.type())][0]++);
                    return cells;
                });
    }

    static Indicator involvementCoverage() {
        List<Indicator.Label> cols = List.of(new Indicator.Label("covered", new Text("Dekket", "Dekt", "Covered")),
                new Indicator.Label("notCovered", new Text("Ikke dekket", "Ikkje dekt", "Not covered")));
        return new Indicator("involvement.coverage",
                new Text("Arbeidssteder med deltakere som medvirkningen dekket", "Arbeidsstader med deltakarar som medverknaden dekte",
                        "Workplaces with participants that involvement covered"),
                new Text("Arbeidssteder som er hovedarbeidssted for minst én aktiv deltaker på telledatoen, etter om en medvirkningshendelse i perioden omfattet dem. En hendelse på kommunenivå omfatter alle arbeidssteder. Tallene gjelder arbeidssteder, ikke personer.",
                        "Arbeidsstader som er hovudarbeidsstad for minst éin aktiv deltakar på teljedatoen, etter om ei medverknadshending i perioden omfatta dei. Ei hending på kommunenivå omfattar alle arbeidsstader. Tala gjeld arbeidsstader, ikkje personar.",
                        "Workplaces that are the main workplace of at least one active participant on the as-of date, by whether an involvement event in the period covered them. An event at municipality level covers every workplace. The figures count workplaces, not people."),
                List.of(new Indicator.Label("workplaces", new Text("Arbeidssteder", "Arbeidsstader", "Workplaces"))), cols, null, false,
                new Indicator.Share(0, new Text("Andel dekket", "Del dekt", "Share covered")), (f, p) -> {
                    Set<Long> withParticipants = new HashSet<>();
                    f.candidates().stream().filter(c -> c.mainWorkplaceId() != null && c.statusOn(p.asOf()).map(CandidateStatus::isActive).orElse(false))
                            .forEach(c -> withParticipants.add(c.mainWorkplaceId()));
                    List<ProgrammeFacts.EventFact> inPeriod = f.events().stream().filter(e -> p.contains(e.date())).toList();
                    long yes = withParticipants.stream().filter(w -> inPeriod.stream().anyMatch(e -> e.covers(w))).count();
                    return new long[][] {{yes, withParticipants.size() - yes}};
                });
    }

    static long[][] byAgeAndGender(ProgrammeFacts f, Period p, Predicate<CandidateFacts> counted) {
        long[][] cells = new long[Dimensions.AGE.size()][Dimensions.GENDER.size()];
        for (CandidateFacts c : f.candidates()) {
            if (counted.test(c)) {
                cells[Dimensions.age(c.ageAt(p.asOf()))][Dimensions.gender(c.gender())]++;
            }
        }
        return cells;
    }
}
