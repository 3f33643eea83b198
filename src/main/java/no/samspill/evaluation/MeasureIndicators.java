package no.samspill.evaluation;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import no.samspill.domain.EmploymentSpell;
import no.samspill.domain.MeasurePeriod;
import no.samspill.domain.TrainingTemplate;

/**
 * The indicators of Nav's measures: who Nav follows with Arbeid med støtte, who moved from work
 * training into a formal qualification path (the outcome the Inn i jobb evaluations count), and
 * which jobs started with a wage subsidy. Each table counts its own people and shares no total.
 */
final class MeasureIndicators {

    private MeasureIndicators() {
    }

    static Indicator supportedEmployment() {
        return new Indicator("measures.supportedEmployment",
                new Text("Deltakere fulgt opp med Arbeid med støtte", "Deltakarar følgde opp med Arbeid med støtte",
                        "Participants followed up with Arbeid med støtte"),
                new Text("Kandidater med en periode i Navs tiltak Arbeid med støtte (UTVAOONAV) som varte minst én dag fra 1. januar til og med telledatoen, etter alder og kjønn.",
                        "Kandidatar med ein periode i Navs tiltak Arbeid med støtte (UTVAOONAV) som varte minst éin dag frå 1. januar til og med teljedatoen, etter alder og kjønn.",
                        "Candidates with a period in Nav's measure Arbeid med støtte (UTVAOONAV) lasting at least one day from 1 January up to and including the as-of date, by age and gender."),
                Dimensions.AGE, Dimensions.GENDER, null, true, null,
                (f, p) -> IndicatorCatalogue.byAgeAndGender(f, p, c -> c.measures().stream()
                        .anyMatch(m -> m.measure().supportedEmployment() && m.overlaps(p.start(), p.asOf()))));
    }

    static Indicator trainingToQualification() {
        List<Indicator.Label> rows = List.of(new Indicator.Label("workTraining",
                new Text("I arbeidstrening", "I arbeidstrening", "In work training")));
        List<Indicator.Label> cols = List.of(
                new Indicator.Label("moved", new Text("Gått over i kvalifisering", "Gått over i kvalifisering", "Moved into qualification")),
                new Indicator.Label("notYet", new Text("Ikke gått over", "Ikkje gått over", "Not moved")));
        return new Indicator("measures.trainingToQualification",
                new Text("Fra arbeidstrening til kvalifisering", "Frå arbeidstrening til kvalifisering", "From work training into qualification"),
                new Text("Kandidater med arbeidstrening (ARBTREN) som varte minst én dag fra 1. januar til og med telledatoen, etter om de innen telledatoen har startet et kvalifiseringsløp mot fagbrev (alle maler unntatt egendefinert) etter at arbeidstreningen begynte.",
                        "Kandidatar med arbeidstrening (ARBTREN) som varte minst éin dag frå 1. januar til og med teljedatoen, etter om dei innan teljedatoen har starta eit kvalifiseringsløp mot fagbrev (alle malar unntatt eigendefinert) etter at arbeidstreninga byrja.",
                        "Candidates with work training (ARBTREN) lasting at least one day from 1 January up to and including the as-of date, by whether, by the as-of date, they started a qualification path towards a trade certificate (every template but custom) after the work training began."),
                rows, cols, null, true, new Indicator.Share(0, new Text("Andel som gikk over", "Del som gjekk over", "Share who moved")),
                (f, p) -> {
                    long[][] cells = new long[1][2];
                    for (CandidateFacts c : f.candidates()) {
                        Optional<LocalDate> began = c.measures().stream()
                                .filter(m -> m.measure().workTraining() && m.overlaps(p.start(), p.asOf()))
                                .map(MeasurePeriod::start).min(LocalDate::compareTo);
                        began.ifPresent(b -> cells[0][c.paths().stream().anyMatch(path -> path.template() != TrainingTemplate.CUSTOM
                                && !path.start().isBefore(b) && !path.start().isAfter(p.asOf())) ? 0 : 1]++);
                    }
                    return cells;
                });
    }

    static Indicator jobsWithWageSubsidy() {
        List<Indicator.Label> rows = List.of(new Indicator.Label("started", new Text("Jobber startet", "Jobbar starta", "Jobs started")));
        List<Indicator.Label> cols = List.of(
                new Indicator.Label("wageSubsidy", new Text("Med lønnstilskudd", "Med lønstilskot", "With a wage subsidy")),
                new Indicator.Label("without", new Text("Uten", "Utan", "Without")));
        return new Indicator("jobs.wageSubsidy",
                new Text("Jobber som startet med lønnstilskudd", "Jobbar som starta med lønstilskot", "Jobs that started with a wage subsidy"),
                new Text("Arbeidsforhold som startet fra 1. januar til og med telledatoen, etter om kandidaten hadde midlertidig eller varig lønnstilskudd (MIDLONTIL, VARLONTIL) den dagen jobben startet.",
                        "Arbeidsforhold som starta frå 1. januar til og med teljedatoen, etter om kandidaten hadde mellombels eller varig lønstilskot (MIDLONTIL, VARLONTIL) den dagen jobben starta.",
                        "Jobs that started from 1 January up to and including the as-of date, by whether the candidate had a temporary or permanent wage subsidy (MIDLONTIL, VARLONTIL) on the day the job started."),
                rows, cols, null, true, new Indicator.Share(0, new Text("Andel med lønnstilskudd", "Del med lønstilskot", "Share with a wage subsidy")),
                (f, p) -> {
                    long[][] cells = new long[1][2];
                    for (CandidateFacts c : f.candidates()) {
                        for (EmploymentSpell s : c.spells()) {
                            if (p.contains(s.start())) {
                                cells[0][c.measures().stream().anyMatch(m -> m.measure().wageSubsidy() && m.covers(s.start())) ? 0 : 1]++;
                            }
                        }
                    }
                    return cells;
                });
    }
}
