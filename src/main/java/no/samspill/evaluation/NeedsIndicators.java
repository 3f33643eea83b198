package no.samspill.evaluation;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import no.samspill.domain.CandidateStatus;
import no.samspill.domain.TaskStatus;
import no.samspill.domain.WorkplaceType;

/**
 * Recruitment that follows the services' needs: how much of the capacity the workplaces offered is
 * in use, and how far task sharing has come. Places in use count candidates and go through
 * disclosure control; tasks are not people and are published as they are.
 */
final class NeedsIndicators {

    static final List<Indicator.Label> WORKPLACE_TYPES = List.of(
            new Indicator.Label("type.NURSING_HOME", new Text("Sykehjem", "Sjukeheim", "Nursing home")),
            new Indicator.Label("type.HOME_CARE", new Text("Hjemmetjeneste", "Heimeteneste", "Home care")),
            new Indicator.Label("type.SUPPORTED_HOUSING", new Text("Bolig med tjenester", "Bustad med tenester", "Supported housing")),
            new Indicator.Label("type.MENTAL_HEALTH_SUBSTANCE", new Text("Psykisk helse og rus", "Psykisk helse og rus", "Mental health and substance abuse")),
            new Indicator.Label("type.OTHER", new Text("Annet", "Anna", "Other")));

    static final List<Indicator.Label> TASK_STATUSES = List.of(
            new Indicator.Label("status.IDENTIFIED", new Text("Funnet", "Funne", "Identified")),
            new Indicator.Label("status.DISCUSSED", new Text("Drøftet med tillitsvalgte", "Drøfta med tillitsvalde", "Discussed with the union representatives")),
            new Indicator.Label("status.IN_USE", new Text("I bruk", "I bruk", "In use")));

    private NeedsIndicators() {
    }

    static Indicator capacityUsed() {
        List<Indicator.Label> cols = List.of(new Indicator.Label("inUse", new Text("I bruk", "I bruk", "In use")),
                new Indicator.Label("free", new Text("Ledige", "Ledige", "Free")));
        return new Indicator("capacity.used",
                new Text("Kapasitet for kandidater i bruk", "Kapasitet for kandidatar i bruk", "Candidate capacity in use"),
                new Text("Plassene arbeidsstedene har meldt for kandidater med god oppfølging i perioden som omfatter telledatoen, etter type arbeidssted: hvor mange som er i bruk av kandidater med arbeidsstedet som hovedarbeidssted og som ikke er avsluttet, og hvor mange som er ledige. Kandidater utover kapasiteten er ikke med her; plasseringsvisningen varsler om dem.",
                        "Plassane arbeidsstadene har meldt for kandidatar med god oppfølging i perioden som omfattar teljedatoen, etter type arbeidsstad: kor mange som er i bruk av kandidatar med arbeidsstaden som hovudarbeidsstad og som ikkje er avslutta, og kor mange som er ledige. Kandidatar utover kapasiteten er ikkje med her; plasseringsvisinga varslar om dei.",
                        "The places the workplaces offered for candidates with proper follow-up in the period that includes the as-of date, by type of workplace: how many are used by candidates whose main workplace it is and who have not ended, and how many are free. Candidates beyond the capacity are left out here; the placement view warns about them."),
                WORKPLACE_TYPES, cols, null, true, new Indicator.Share(0, new Text("Andel i bruk", "Del i bruk", "Share in use")), (f, p) -> {
                    long[][] cells = new long[WorkplaceType.values().length][2];
                    Map<Long, Integer> placed = placed(f, p.asOf());
                    for (ProgrammeFacts.PlanFact plan : f.plans()) {
                        if (plan.covers(p.asOf())) {
                            int inUse = Math.min(plan.places(), placed.getOrDefault(plan.workplaceId(), 0));
                            cells[plan.type().ordinal()][0] += inUse;
                            cells[plan.type().ordinal()][1] += plan.places() - inUse;
                        }
                    }
                    return cells;
                });
    }

    private static Map<Long, Integer> placed(ProgrammeFacts f, LocalDate day) {
        Map<Long, Integer> out = new HashMap<>();
        for (CandidateFacts c : f.candidates()) {
            if (c.mainWorkplaceId() != null && c.statusOn(day).filter(s -> s != CandidateStatus.ENDED).isPresent()) {
                out.merge(c.mainWorkplaceId(), 1, Integer::sum);
            }
        }
        return out;
    }

    static Indicator tasksByStatus() {
        return new Indicator("tasks.status",
                new Text("Oppgavedeling", "Oppgåvedeling", "Task sharing"),
                new Text("Oppgaver uten krav til helsefaglig kompetanse som kandidater kan gjøre, etter hvor langt de er kommet, slik registeret står ved eksport. Tallene gjelder oppgaver, ikke personer, og skjules derfor ikke.",
                        "Oppgåver utan krav til helsefagleg kompetanse som kandidatar kan gjere, etter kor langt dei har kome, slik registeret står ved eksport. Tala gjeld oppgåver, ikkje personar, og blir difor ikkje skjulte.",
                        "Tasks without a health-professional requirement that candidates can do, by how far they have come, as the register stands at export. The figures count tasks, not people, so they are not suppressed."),
                TASK_STATUSES, Dimensions.COUNT, null, false, null, (f, p) -> {
                    long[][] cells = new long[TaskStatus.values().length][1];
                    f.tasks().forEach(s -> cells[s.ordinal()][0]++);
                    return cells;
                });
    }
}
