package no.samspill.evaluation;

import java.util.List;

/** The fixed texts of the report, in the three languages. */
final class ReportText {

    static final Text TITLE = new Text("Evalueringspakke", "Evalueringspakke", "Evaluation package");
    static final Text INTRO = new Text(
            "Tallene gjelder perioden 1. januar til og med %s. Celler med 1 til %d personer er skjult (regel: %s) og merket med *, "
                    + "og andre celler er skjult der det trengs, slik at ingen skjult celle kan regnes ut eller vises å være liten, "
                    + "heller ikke ved å kombinere tabellene. En skjult celle kan være null. "
                    + "Pakken inneholder ingen navn, fødselsnumre, fødselsdatoer eller fritekst om personer.",
            "Tala gjeld perioden 1. januar til og med %s. Celler med 1 til %d personar er skjulte (regel: %s) og merkte med *, "
                    + "og andre celler er skjulte der det trengst, slik at inga skjult celle kan reknast ut eller visast å vere lita, "
                    + "heller ikkje ved å kombinere tabellane. Ei skjult celle kan vere null. "
                    + "Pakken inneheld ingen namn, fødselsnummer, fødselsdatoar eller fritekst om personar.",
            "The figures cover 1 January up to and including %s. Cells with 1 to %d people are suppressed (rule: %s) and marked *, "
                    + "and other cells are suppressed where needed, so that no suppressed cell can be worked out or shown to be small, "
                    + "not even by combining the tables. A suppressed cell may be zero. "
                    + "The package holds no names, national identity numbers, birth dates or free text about people.");
    static final Text INTRO_ROUNDED = new Text(
            "Tallene gjelder perioden 1. januar til og med %s. Små tall er avrundet: celler med 1 til %d personer er rundet til 0 eller %d "
                    + "(regel: %s), og alle summer er summen av de avrundede tallene, så tabellene går opp. Et publisert tall avviker "
                    + "aldri mer enn %d fra det sanne. Pakken inneholder ingen navn, fødselsnumre, fødselsdatoer eller fritekst om personer.",
            "Tala gjeld perioden 1. januar til og med %s. Små tal er avrunda: celler med 1 til %d personar er runda til 0 eller %d "
                    + "(regel: %s), og alle summar er summen av dei avrunda tala, så tabellane går opp. Eit publisert tal avvik "
                    + "aldri meir enn %d frå det sanne. Pakken inneheld ingen namn, fødselsnummer, fødselsdatoar eller fritekst om personar.",
            "The figures cover 1 January up to and including %s. Small counts are rounded: cells with 1 to %d people are rounded to 0 or %d "
                    + "(rule: %s), and every total is the sum of the rounded counts, so the tables add up. A published count is never "
                    + "more than %d from the true one. The package holds no names, national identity numbers, birth dates or free text about people.");
    static final Text RANGES = new Text(
            "Dette er en sammenstilling av flere pakker. Der en pakke hadde skjult et tall, er summen oppgitt som et intervall, for eksempel 12–15, "
                    + "regnet ut fra det hver pakke selv publiserte; «≥ 12» betyr minst 12.",
            "Dette er ei samanstilling av fleire pakkar. Der ein pakke hadde skjult eit tal, er summen oppgitt som eit intervall, til dømes 12–15, "
                    + "rekna ut frå det kvar pakke sjølv publiserte; «≥ 12» tyder minst 12.",
            "This combines several packages. Where a package suppressed a value, the sum is given as a range such as 12–15, worked out from what "
                    + "each package itself published; \u201c≥ 12\u201d means at least 12.");
    static final Text MARGINS = new Text(
            "Tabellen publiseres bare som summer (merket .): mer enn halvparten av cellene med personer ville vært under grensen.",
            "Tabellen blir berre publisert som summar (merkt .): meir enn halvparten av cellene med personar ville vore under grensa.",
            "The table is published as its totals only (marked .): more than half of its cells with people would be below the threshold.");
    static final Text LOG = new Text("Skjulte celler", "Skjulte celler", "Suppressed cells");
    static final Text LOG_INTRO = new Text(
            "Listen sier ikke hvilke celler som er skjult fordi de er små, og hvilke som skjuler en annen celle: det ville røpet hvilke som er små.",
            "Lista seier ikkje kva celler som er skjulte fordi dei er små, og kva som skjuler ei anna celle: det ville røpe kva som er små.",
            "The list does not say which cells are suppressed for being small and which protect another cell: that would tell which are small.");
    static final Text NOTHING_SUPPRESSED = new Text("Ingen celler er skjult.", "Ingen celler er skjulte.", "No cell is suppressed.");
    static final List<Text> LOG_HEADER = List.of(new Text("Indikator", "Indikator", "Indicator"),
            new Text("Rad", "Rad", "Row"), new Text("Kolonne", "Kolonne", "Column"));
    static final Text GROUP = new Text("Gruppe", "Gruppe", "Group");
    static final Text SHARE_NONE = new Text("Andelen finnes ikke der ingen er med (–).", "Delen finst ikkje der ingen er med (–).",
            "There is no share where nobody is counted (–).");
    static final Text CHART = new Text("Stolpediagram", "Stolpediagram", "Bar chart");
    static final Text SUBJECT = new Text("Indikatorer for rekruttering gjennom inkludering, med skjulte små tall og kommunens vurdering",
            "Indikatorar for rekruttering gjennom inkludering, med skjulte små tal og kommunen si vurdering",
            "Indicators for recruitment through inclusion, with small counts suppressed, and the municipality's assessment");
    static final Text LEGAL = new Text(
            "Pakken er ikke offisiell statistikk. Små tall skjules fordi tallene skal være anonyme etter personvernforordningen (GDPR), og fordi kommunen har taushetsplikt om personene i programmet.",
            "Pakken er ikkje offisiell statistikk. Små tal blir skjulte fordi tala skal vere anonyme etter personvernforordninga (GDPR), og fordi kommunen har teieplikt om personane i programmet.",
            "The package is not official statistics. Small counts are hidden because the figures must be anonymous under the GDPR, and because the municipality has a duty of confidentiality about the people in the programme.");
    static final Text PROGRAMME = new Text("Etter program", "Etter program", "By programme");
    static final Text PROGRAMME_INTRO = new Text(
            "De samme indikatorene for kandidatene i dette programmet. Tabellene for hvert program summerer seg til tabellen for alle, og alle er beskyttet sammen. Mentorer og medvirkning gjelder arbeidet som helhet og står bare i tabellene for alle.",
            "Dei same indikatorane for kandidatane i dette programmet. Tabellane for kvart program summerer seg til tabellen for alle, og alle er verna saman. Mentorar og medverknad gjeld arbeidet som heilskap og står berre i tabellane for alle.",
            "The same indicators for the candidates of this programme. The programmes' tables add up to the table for all, and all were protected together. Mentors and involvement concern the work as a whole and are in the tables for all only.");
    static final Text CONTENTS = new Text("Innhold", "Innhald", "Contents");
    static final Text NARRATIVE = new Text("Kommunens vurdering", "Kommunen si vurdering", "The municipality's assessment");

    private ReportText() {
    }

    /** The rule's name as the report's reader knows it; a custom threshold is named by its number. */
    static String rule(Threshold t, String lang) {
        return switch (t.name()) {
            case "nav" -> "Nav";
            case "ssb" -> "SSB";
            default -> new Text("egen grense " + t.minimum(), "eiga grense " + t.minimum(), "own threshold " + t.minimum()).in(lang);
        };
    }

    static Text section(String key) {
        return switch (key) {
            case "whatWorked" -> new Text("Hva som fungerte", "Kva som fungerte", "What worked");
            case "barriers" -> new Text("Hindringer", "Hindringar", "Barriers");
            case "cooperation" -> new Text("Samarbeid med Nav, fylkeskommunen og tillitsvalgte",
                    "Samarbeid med Nav, fylkeskommunen og tillitsvalde", "Cooperation with Nav, the county and the union representatives");
            default -> new Text("Planer for neste år", "Planar for neste år", "Plans for next year");
        };
    }
}
