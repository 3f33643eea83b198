package no.samspill.domain;

/**
 * This year's activity at a glance on the Oversikt screen. These are working figures for the
 * coordinator, counted from the records as they are now; the evaluation package has its own definitions.
 */
public record YearFigures(int year, int referred, int ended, int intoJob, int tradeCertificates,
                          int competenceCertificates, int involvementEvents) {
}
