package no.samspill.evaluation;

import java.util.List;

/** The spreadsheet's own texts, in the three languages of the package. */
final class XlsxText {

    static final Text LEGEND = new Text("Forklaring", "Forklaring", "Legend");
    static final Text ALL_VALUES = new Text("Alle verdier", "Alle verdiar", "All values");
    static final Text RULE = new Text("Regel for skjuling: %s; celler med 1 til %d personer er skjult.",
            "Regel for skjuling: %s; celler med 1 til %d personar er skjulte.",
            "Suppression rule: %s; cells with 1 to %d people are suppressed.");

    private XlsxText() {
    }

    /** Each mark a cell can hold instead of a number, with what it means. */
    static List<Text[]> marks() {
        return List.of(
                new Text[] {Text.same("*"), new Text("Skjult: tallet er lite eller kunne ha avslørt et lite tall. En skjult celle kan være null.",
                        "Skjult: talet er lite eller kunne ha avslørt eit lite tal. Ei skjult celle kan vere null.",
                        "Suppressed: the count is small or could have revealed a small count. A suppressed cell may be zero.")},
                new Text[] {Text.same("."), new Text("Tabellen publiseres bare som summer.", "Tabellen blir berre publisert som summar.",
                        "The table is published as its totals only.")},
                new Text[] {Text.same("–"), new Text("Andelen finnes ikke: ingen er med i nevneren.", "Delen finst ikkje: ingen er med i nemnaren.",
                        "There is no share: nobody is in the denominator.")},
                new Text[] {Text.same("12–15"), new Text("Intervall i en sammenstilling av flere pakker: summen ligger mellom de to tallene.",
                        "Intervall i ei samanstilling av fleire pakkar: summen ligg mellom dei to tala.",
                        "Range in a roll-up of several packages: the sum lies between the two numbers.")},
                new Text[] {new Text("Tall", "Tal", "Numbers"), new Text("Antall er hele tall, andeler er prosent med én desimal.",
                        "Tal er heile tal, delar er prosent med éin desimal.", "Counts are whole numbers, shares are per cent with one decimal.")});
    }
}
