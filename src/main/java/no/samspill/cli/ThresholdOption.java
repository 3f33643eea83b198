package no.samspill.cli;

import no.samspill.evaluation.Threshold;
import picocli.CommandLine.Option;

/** The {@code --threshold} option of the commands that protect tables. */
final class ThresholdOption {

    @Option(names = "--threshold", defaultValue = "nav", paramLabel = "THRESHOLD", description = "nav (hide 1–3), ssb (hide 1–2) or a number 2–100.")
    String text;

    /** The threshold; a value that is none of these is wrong usage. */
    Threshold get() {
        return Threshold.parse(text);
    }
}
