package no.samspill.evaluation;

/** The fixed texts of the report, in the three languages. */
final class ReportText {

    static final Text TITLE = new Text("Evalueringspakke", "Evalueringspakke", "Evaluation package");
    static final Text INTRO = new Text(
            "Tallene gjelder perioden 1. januar til og med %s. Celler med 1 til %d personer er skjult (regel: %s) og merket med *, "
                    + "og andre celler er skjult der det trengs for at et skjult tall ikke kan regnes ut. Et skjult tall er aldri null. "
                    + "Pakken inneholder ingen navn, fødselsnumre, fødselsdatoer eller fritekst om personer.",
            "Tala gjeld perioden 1. januar til og med %s. Celler med 1 til %d personar er skjulte (regel: %s) og merkte med *, "
                    + "og andre celler er skjulte der det trengst for at eit skjult tal ikkje kan reknast ut. Eit skjult tal er aldri null. "
                    + "Pakken inneheld ingen namn, fødselsnummer, fødselsdatoar eller fritekst om personar.",
            "The figures cover 1 January up to and including %s. Cells with 1 to %d people are suppressed (rule: %s) and marked *, "
                    + "and other cells are suppressed where needed so that a suppressed value cannot be worked out. A suppressed value is never zero. "
                    + "The package holds no names, national identity numbers, birth dates or free text about people.");
    static final Text RANGES = new Text(
            "Dette er en sammenstilling av flere pakker. Der en pakke hadde skjult et tall, er summen oppgitt som et intervall, for eksempel 12–15: den kjente summen pluss 1 til grensen minus 1 for hvert skjulte tall.",
            "Dette er ei samanstilling av fleire pakkar. Der ein pakke hadde skjult eit tal, er summen oppgitt som eit intervall, til dømes 12–15: den kjende summen pluss 1 til grensa minus 1 for kvart skjult tal.",
            "This combines several packages. Where a package suppressed a value, the sum is given as a range such as 12–15: the known sum plus 1 to the threshold minus 1 for each suppressed value.");
    static final Text LOG = new Text("Skjulte celler", "Skjulte celler", "Suppressed cells");
    static final Text LOG_INTRO = new Text(
            "Primær: tallet er mindre enn grensen. Sekundær: skjult for at en annen skjult celle ikke skal kunne regnes ut.",
            "Primær: talet er mindre enn grensa. Sekundær: skjult for at ei anna skjult celle ikkje skal kunne reknast ut.",
            "Primary: the value is below the threshold. Secondary: suppressed so that another suppressed cell cannot be worked out.");
    static final Text NOTHING_SUPPRESSED = new Text("Ingen celler er skjult.", "Ingen celler er skjulte.", "No cell is suppressed.");
    static final Text PRIMARY = new Text("primær", "primær", "primary");
    static final Text SECONDARY = new Text("sekundær", "sekundær", "secondary");
    static final java.util.List<Text> LOG_HEADER = java.util.List.of(new Text("Indikator", "Indikator", "Indicator"),
            new Text("Rad", "Rad", "Row"), new Text("Kolonne", "Kolonne", "Column"), new Text("Type", "Type", "Kind"),
            new Text("Regel", "Regel", "Rule"));
    static final Text NARRATIVE = new Text("Kommunens vurdering", "Kommunen si vurdering", "The municipality's assessment");

    private ReportText() {
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
