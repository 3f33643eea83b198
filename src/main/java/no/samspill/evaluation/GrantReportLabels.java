package no.samspill.evaluation;

import java.util.Map;

/** The labels of the grant report's sections and its own lines, in the three languages. */
public final class GrantReportLabels {

    private static final Map<String, Text> TEXTS = Map.ofEntries(
            Map.entry("section.participants", new Text("Gjennomføring: deltakere", "Gjennomføring: deltakarar", "Implementation: participants")),
            Map.entry("section.outcomes", new Text("Måloppnåelse", "Måloppnåing", "Goal attainment")),
            Map.entry("section.endings", new Text("Avsluttet, etter hva de gikk til", "Avslutta, etter kva dei gjekk til", "Ended, by where they went")),
            Map.entry("section.money", new Text("Økonomi", "Økonomi", "Finances")),
            Map.entry("new", new Text("Nye deltakere", "Nye deltakarar", "New participants")),
            Map.entry("newMen", new Text("Nye deltakere: menn", "Nye deltakarar: menn", "New participants: men")),
            Map.entry("new18to30", new Text("Nye deltakere: 18–30 år", "Nye deltakarar: 18–30 år", "New participants: aged 18–30")),
            Map.entry("active", new Text("Deltakere i løpet av året (aktiv, i kvalifisering eller i jobb minst én dag)",
                    "Deltakarar i løpet av året (aktiv, i kvalifisering eller i jobb minst éin dag)",
                    "Participants during the year (active, in qualification or in a job on at least one day)")),
            Map.entry("activeAsOf", new Text("Aktive deltakere på telledatoen", "Aktive deltakarar på teljedatoen", "Active participants on the as-of date")),
            Map.entry("ended", new Text("Avsluttede deltakere", "Avslutta deltakarar", "Participants who ended")),
            Map.entry("supportedEmployment", new Text("Fulgt opp med Arbeid med støtte", "Følgde opp med Arbeid med støtte", "Followed up with Arbeid med støtte")),
            Map.entry("trainingToQualification", new Text("Gått fra arbeidstrening til kvalifisering", "Gått frå arbeidstrening til kvalifisering",
                    "Moved from work training into qualification")),
            Map.entry("apprenticeships", new Text("Signert lærekontrakt", "Signert lærekontrakt", "Signed an apprenticeship contract")),
            Map.entry("apprenticeshipsGuaranteed", new Text("Signert lærekontrakt: garantert læreplass", "Signert lærekontrakt: garantert læreplass",
                    "Signed an apprenticeship contract: guaranteed place")),
            Map.entry("tradeCertificates", new Text("Fagbrev oppnådd", "Fagbrev oppnådd", "Trade certificates achieved")),
            Map.entry("competenceCertificates", new Text("Kompetansebevis oppnådd", "Kompetansebevis oppnådd", "Kompetansebevis achieved")),
            Map.entry("jobsStarted", new Text("Jobber startet", "Jobbar starta", "Jobs started")),
            Map.entry("jobsHealthAndCare", new Text("Jobber startet i helse- og omsorgsyrke", "Jobbar starta i helse- og omsorgsyrke",
                    "Jobs started in a health or care occupation")),
            Map.entry("jobsWageSubsidy", new Text("Jobber startet med lønnstilskudd", "Jobbar starta med lønstilskot", "Jobs started with a wage subsidy")),
            Map.entry("newPermanentPosts", new Text("Nye faste stillinger", "Nye faste stillingar", "New permanent posts")),
            Map.entry("fte", new Text("Årsverk på telledatoen", "Årsverk på teljedatoen", "Full-time equivalents on the as-of date")),
            Map.entry("incomeBenefitOnly", new Text("Inntekt: bare ytelse fra Nav", "Inntekt: berre yting frå Nav", "Income: Nav benefit only")),
            Map.entry("incomeWageOnly", new Text("Inntekt: bare lønn fra kommunen", "Inntekt: berre løn frå kommunen", "Income: municipal wage only")),
            Map.entry("incomeBoth", new Text("Inntekt: både ytelse og lønn", "Inntekt: både yting og løn", "Income: both benefit and wage")),
            Map.entry("granted", new Text("Tildelt", "Tildelt", "Granted")),
            Map.entry("received", new Text("Mottatt", "Motteke", "Received")),
            Map.entry("spent", new Text("Brukt", "Brukt", "Spent")),
            Map.entry("balance", new Text("Saldo (mottatt − brukt)", "Saldo (motteke − brukt)", "Balance (received − spent)")),
            Map.entry("auditorStatement", new Text("Revisorattestasjon kreves", "Revisorattestasjon krevst", "Auditor's statement required")));

    Text label(String key) {
        Text t = TEXTS.get(key);
        if (t == null) {
            throw new IllegalArgumentException("no label for " + key);
        }
        return t;
    }

    /** The heading of a section. */
    public static Text section(String section) {
        return TEXTS.get("section." + section);
    }
}
