package no.samspill.evaluation;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import no.samspill.domain.EmploymentSpell;
import no.samspill.domain.FollowUp;
import no.samspill.domain.FollowUpOutcome;
import java.util.Comparator;

/** The indicators of work after and beside the programme: jobs, full-time share, follow-ups after ending. */
final class EmploymentIndicators {

    private EmploymentIndicators() {
    }

    private static final List<Indicator.Label> BANDS = List.of(
            new Indicator.Label("pct.under50", new Text("Under 50 %", "Under 50 %", "Under 50%")),
            new Indicator.Label("pct.50-79", new Text("50–79 %", "50–79 %", "50–79%")),
            new Indicator.Label("pct.80-99", new Text("80–99 %", "80–99 %", "80–99%")),
            new Indicator.Label("pct.100", new Text("100 %", "100 %", "100%")));

    static Indicator jobs() {
        List<Indicator.Label> rows = List.of(new Indicator.Label("permanent", new Text("Fast", "Fast", "Permanent")),
                new Indicator.Label("temporary", new Text("Midlertidig", "Mellombels", "Temporary")));
        return new Indicator("jobs.asOf",
                new Text("Deltakere i jobb etter ansettelse og stillingsprosent", "Deltakarar i jobb etter tilsetjing og stillingsprosent",
                        "Participants in a job by contract and job percentage"),
                new Text("Kandidater (alle statuser) med et arbeidsforhold som løper på telledatoen. Har en kandidat flere, telles det som startet sist.",
                        "Kandidatar (alle statusar) med eit arbeidsforhold som går på teljedatoen. Har ein kandidat fleire, blir det som starta sist talt.",
                        "Candidates (any status) with an employment spell running on the as-of date. Where a candidate has several, the one that started last counts."),
                rows, BANDS, "jobs", true, null, (f, p) -> {
                    long[][] cells = new long[2][4];
                    for (CandidateFacts c : f.candidates()) {
                        currentSpell(c, p.asOf()).ifPresent(s -> cells[s.permanent() ? 0 : 1][band(s.jobPercentage())]++);
                    }
                    return cells;
                });
    }

    static Indicator fullTime() {
        List<Indicator.Label> cols = List.of(new Indicator.Label("fullTime", new Text("Heltid (100 %)", "Heltid (100 %)", "Full time (100%)")),
                new Indicator.Label("partTime", new Text("Deltid", "Deltid", "Part time")));
        return new Indicator("jobs.fullTimeShare",
                new Text("Heltidsandel", "Heltidsdel", "Full-time share"),
                new Text("Av de samme arbeidsforholdene som i tabellen over: hvor mange som er 100 % stilling, og andelen av alle.",
                        "Av dei same arbeidsforholda som i tabellen over: kor mange som er 100 % stilling, og delen av alle.",
                        "Of the same jobs as in the table above: how many are 100% positions, and the share of all."),
                List.of(new Indicator.Label("jobs", new Text("Arbeidsforhold", "Arbeidsforhold", "Jobs"))), cols, "jobs", true,
                new Indicator.Share(0, new Text("Andel heltid", "Del heltid", "Full-time share")), (f, p) -> {
                    long[][] cells = new long[1][2];
                    for (CandidateFacts c : f.candidates()) {
                        currentSpell(c, p.asOf()).ifPresent(s -> cells[0][s.jobPercentage() >= 100 ? 0 : 1]++);
                    }
                    return cells;
                });
    }

    static Indicator partTimeDiscussed() {
        List<Indicator.Label> cols = List.of(new Indicator.Label("discussed", new Text("Drøftet med tillitsvalgte", "Drøfta med tillitsvalde",
                        "Discussed with the union representatives")),
                new Indicator.Label("notDiscussed", new Text("Ikke drøftet", "Ikkje drøfta", "Not discussed")));
        return new Indicator("jobs.partTimeDiscussed",
                new Text("Deltidsstillinger drøftet med tillitsvalgte", "Deltidsstillingar drøfta med tillitsvalde",
                        "Part-time jobs discussed with the union representatives"),
                new Text("Arbeidsforhold under 100 % som startet fra 1. januar til og med telledatoen, etter om de viser til drøftingen der ansettelsen på deltid ble drøftet med de tillitsvalgte, som bemanningsplanen krever.",
                        "Arbeidsforhold under 100 % som starta frå 1. januar til og med teljedatoen, etter om dei viser til drøftinga der tilsetjinga på deltid vart drøfta med dei tillitsvalde, som bemanningsplanen krev.",
                        "Jobs below 100% that started from 1 January up to and including the as-of date, by whether they point to the drøfting where the part-time hiring was discussed with the union representatives, as the staffing plan requires."),
                List.of(new Indicator.Label("partTime", new Text("Deltidsstillinger startet", "Deltidsstillingar starta", "Part-time jobs started"))),
                cols, null, true,
                new Indicator.Share(0, new Text("Andel drøftet", "Del drøfta", "Share discussed")), (f, p) -> {
                    long[][] cells = new long[1][2];
                    for (CandidateFacts c : f.candidates()) {
                        c.spells().stream().filter(s -> s.partTime() && p.contains(s.start()))
                                .forEach(s -> cells[0][s.discussionEventId() != null ? 0 : 1]++);
                    }
                    return cells;
                });
    }

    private static Optional<EmploymentSpell> currentSpell(CandidateFacts c, LocalDate day) {
        return c.spells().stream().filter(s -> !s.start().isAfter(day) && (s.end() == null || !s.end().isBefore(day)))
                .max(Comparator.comparing(EmploymentSpell::start));
    }

    private static int band(int pct) {
        if (pct < 50) {
            return 0;
        }
        if (pct < 80) {
            return 1;
        }
        return pct < 100 ? 2 : 3;
    }

    static Indicator followUps() {
        List<Indicator.Label> rows = List.of(new Indicator.Label("months.6", new Text("6 måneder etter", "6 månader etter", "6 months after")),
                new Indicator.Label("months.12", new Text("12 måneder etter", "12 månader etter", "12 months after")));
        List<Indicator.Label> cols = List.of(new Indicator.Label("relevantWork", new Text("I relevant arbeid", "I relevant arbeid", "In relevant work")),
                new Indicator.Label("other", new Text("Annet eller ukjent", "Anna eller ukjend", "Other or unknown")));
        return new Indicator("followUp.relevantWork",
                new Text("I relevant arbeid etter avslutning", "I relevant arbeid etter avslutning", "In relevant work after ending"),
                new Text("Oppfølginger som forfalt fra 1. januar til og med telledatoen og er registrert, etter om kandidaten var i relevant arbeid. Oppfølginger som ikke er registrert, er ikke med.",
                        "Oppfølgingar som forfall frå 1. januar til og med teljedatoen og er registrerte, etter om kandidaten var i relevant arbeid. Oppfølgingar som ikkje er registrerte, er ikkje med.",
                        "Follow-ups that fell due from 1 January up to and including the as-of date and were recorded, by whether the candidate was in relevant work. Follow-ups not recorded are left out."),
                rows, cols, null, true, new Indicator.Share(0, new Text("Andel i relevant arbeid", "Del i relevant arbeid", "Share in relevant work")),
                (f, p) -> {
                    long[][] cells = new long[2][2];
                    for (CandidateFacts c : f.candidates()) {
                        for (FollowUp u : c.followUps()) {
                            if (u.recorded() != null && u.outcome() != null && p.contains(u.due())) {
                                cells[u.monthsAfter() == 6 ? 0 : 1][u.outcome() == FollowUpOutcome.RELEVANT_WORK ? 0 : 1]++;
                            }
                        }
                    }
                    return cells;
                });
    }
}
