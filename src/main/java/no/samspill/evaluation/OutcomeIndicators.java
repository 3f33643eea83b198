package no.samspill.evaluation;

import java.util.List;
import no.samspill.domain.ApprenticeshipContract;
import no.samspill.domain.EmploymentSpell;
import no.samspill.domain.IncomePeriod;
import no.samspill.domain.IncomeSource;
import no.samspill.domain.OfficialCodes;

/**
 * The outcomes the national level counts beyond the core tables: lærekontrakter (Menn i helse counts
 * guaranteed places), the occupation of new jobs and whether the post was new, and how the Menn i
 * helse model's participants lived between a Nav benefit and a municipal wage. Each table counts its
 * own people or jobs and shares no total.
 */
final class OutcomeIndicators {

    private OutcomeIndicators() {
    }

    static Indicator apprenticeships() {
        List<Indicator.Label> rows = List.of(new Indicator.Label("signed", new Text("Signerte lærekontrakt", "Signerte lærekontrakt",
                "Signed an apprenticeship contract")));
        List<Indicator.Label> cols = List.of(
                new Indicator.Label("guaranteed", new Text("Garantert læreplass", "Garantert læreplass", "Guaranteed place")),
                new Indicator.Label("ordinary", new Text("Ordinær læreplass", "Ordinær læreplass", "Ordinary place")));
        return new Indicator("apprenticeships.signed",
                new Text("Lærekontrakter", "Lærekontraktar", "Apprenticeship contracts"),
                new Text("Kandidater som signerte en lærekontrakt fra 1. januar til og med telledatoen, etter om læreplassen var garantert fra starten (som i Menn i helse). Har en kandidat flere, telles den siste.",
                        "Kandidatar som signerte ein lærekontrakt frå 1. januar til og med teljedatoen, etter om læreplassen var garantert frå starten (som i Menn i helse). Har ein kandidat fleire, blir den siste talt.",
                        "Candidates who signed an apprenticeship contract from 1 January up to and including the as-of date, by whether the place was guaranteed from the start (as in Menn i helse). Where a candidate has several, the last counts."),
                rows, cols, null, true, new Indicator.Share(0, new Text("Andel garantert", "Del garantert", "Share guaranteed")),
                (f, p) -> {
                    long[][] cells = new long[1][2];
                    for (CandidateFacts c : f.candidates()) {
                        c.apprenticeships().stream().filter(a -> p.contains(a.signed()))
                                .max(java.util.Comparator.comparing(ApprenticeshipContract::signed))
                                .ifPresent(a -> cells[0][a.guaranteed() ? 0 : 1]++);
                    }
                    return cells;
                });
    }

    static Indicator jobOccupation() {
        List<Indicator.Label> rows = List.of(
                new Indicator.Label("healthAndCare", new Text("Helse- og omsorgsyrke (STYRK 22, 32, 53)", "Helse- og omsorgsyrke (STYRK 22, 32, 53)",
                        "Health or care occupation (STYRK 22, 32, 53)")),
                new Indicator.Label("other", new Text("Annet yrke", "Anna yrke", "Other occupation")),
                new Indicator.Label("notCoded", new Text("Yrke ikke kodet", "Yrke ikkje koda", "Occupation not coded")));
        List<Indicator.Label> cols = List.of(
                new Indicator.Label("newPost", new Text("Ny stilling", "Ny stilling", "New post")),
                new Indicator.Label("existingPost", new Text("Eksisterende stilling", "Eksisterande stilling", "Existing post")));
        return new Indicator("jobs.occupation",
                new Text("Jobber som startet, etter yrke og om stillingen var ny", "Jobbar som starta, etter yrke og om stillinga var ny",
                        "Jobs that started, by occupation and whether the post was new"),
                new Text("Arbeidsforhold som startet fra 1. januar til og med telledatoen, etter yrkeskoden (STYRK-08) og om kommunen opprettet stillingen for kandidaten.",
                        "Arbeidsforhold som starta frå 1. januar til og med teljedatoen, etter yrkeskoden (STYRK-08) og om kommunen oppretta stillinga for kandidaten.",
                        "Jobs that started from 1 January up to and including the as-of date, by occupation code (STYRK-08) and whether the municipality created the post for the candidate."),
                rows, cols, null, true, null, (f, p) -> {
                    long[][] cells = new long[3][2];
                    for (CandidateFacts c : f.candidates()) {
                        for (EmploymentSpell s : c.spells()) {
                            if (p.contains(s.start())) {
                                int row = s.styrkCode() == null ? 2 : OfficialCodes.healthAndCare(s.styrkCode()) ? 0 : 1;
                                cells[row][s.newPost() ? 0 : 1]++;
                            }
                        }
                    }
                    return cells;
                });
    }

    static Indicator incomeSources() {
        List<Indicator.Label> rows = List.of(new Indicator.Label("withPeriods", new Text("Deltakere med inntektsperioder",
                "Deltakarar med inntektsperiodar", "Participants with income periods")));
        List<Indicator.Label> cols = List.of(
                new Indicator.Label("benefitOnly", new Text("Bare ytelse fra Nav", "Berre yting frå Nav", "Nav benefit only")),
                new Indicator.Label("wageOnly", new Text("Bare lønn fra kommunen", "Berre løn frå kommunen", "Municipal wage only")),
                new Indicator.Label("both", new Text("Begge", "Begge", "Both")));
        return new Indicator("income.source",
                new Text("Ytelse fra Nav og lønn fra kommunen", "Yting frå Nav og løn frå kommunen", "Nav benefit and municipal wage"),
                new Text("Kandidater med minst én inntektsperiode fra 1. januar til og med telledatoen, etter om periodene var på ytelse fra Nav, på lønn fra kommunen eller begge (slik Menn i helse veksler).",
                        "Kandidatar med minst éin inntektsperiode frå 1. januar til og med teljedatoen, etter om periodane var på yting frå Nav, på løn frå kommunen eller begge (slik Menn i helse vekslar).",
                        "Candidates with at least one income period from 1 January up to and including the as-of date, by whether the periods were on a Nav benefit, on a municipal wage, or both (as Menn i helse alternates)."),
                rows, cols, null, true, null, (f, p) -> {
                    long[][] cells = new long[1][3];
                    for (CandidateFacts c : f.candidates()) {
                        List<IncomeSource> sources = c.incomes().stream().filter(i -> i.overlaps(p.start(), p.asOf()))
                                .map(IncomePeriod::source).distinct().toList();
                        if (!sources.isEmpty()) {
                            cells[0][sources.size() > 1 ? 2 : sources.get(0) == IncomeSource.NAV_BENEFIT ? 0 : 1]++;
                        }
                    }
                    return cells;
                });
    }
}
