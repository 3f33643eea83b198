package no.samspill.evaluation;

import java.util.List;
import no.samspill.domain.CooperationKind;
import no.samspill.domain.CooperationPartner;

/**
 * The cross-sector cooperation the agreement asks for: meetings and decisions with the Nav office,
 * the fylkeskommune and the training office. They count meetings, not people, so they are
 * published as they are, like the involvement events.
 */
final class CooperationIndicators {

    static final List<Indicator.Label> PARTNERS = List.of(
            new Indicator.Label("partner.NAV", new Text("Nav-kontoret", "Nav-kontoret", "Nav office")),
            new Indicator.Label("partner.FYLKESKOMMUNE", new Text("Fylkeskommunen", "Fylkeskommunen", "County authority")),
            new Indicator.Label("partner.OPPLAERINGSKONTOR", new Text("Opplæringskontoret", "Opplæringskontoret", "Training office")),
            new Indicator.Label("partner.OTHER", new Text("Andre", "Andre", "Others")));

    static final List<Indicator.Label> KINDS = List.of(
            new Indicator.Label("kind.MEETING", new Text("Møter", "Møte", "Meetings")),
            new Indicator.Label("kind.DECISION", new Text("Beslutninger", "Avgjerder", "Decisions")));

    private CooperationIndicators() {
    }

    static Indicator meetingsByPartner() {
        return new Indicator("cooperation.meetings",
                new Text("Samarbeid med Nav, fylkeskommunen og opplæringskontoret", "Samarbeid med Nav, fylkeskommunen og opplæringskontoret",
                        "Cooperation with Nav, the county and the training office"),
                new Text("Møter og beslutninger i samarbeidsloggen fra 1. januar til og med telledatoen, etter part. Tallene gjelder møter, ikke personer, og skjules derfor ikke.",
                        "Møte og avgjerder i samarbeidsloggen frå 1. januar til og med teljedatoen, etter part. Tala gjeld møte, ikkje personar, og blir difor ikkje skjulte.",
                        "Meetings and decisions in the cooperation log from 1 January up to and including the as-of date, by partner. The figures count meetings, not people, so they are not suppressed."),
                PARTNERS, KINDS, null, false, null, (f, p) -> {
                    long[][] cells = new long[CooperationPartner.values().length][CooperationKind.values().length];
                    f.meetings().stream().filter(m -> p.contains(m.date())).forEach(m -> cells[m.partner().ordinal()][m.kind().ordinal()]++);
                    return cells;
                });
    }
}
