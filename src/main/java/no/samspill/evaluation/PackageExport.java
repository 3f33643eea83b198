package no.samspill.evaluation;

import java.util.Collection;
import java.util.List;

/**
 * The one way a package is made, for the window and the command line alike: compute, protect,
 * check the narrative, build. A narrative that names someone blocks the export.
 */
public final class PackageExport {

    /** The narrative mentions people: nothing is written until they are removed. */
    public static final class BlockedException extends RuntimeException {
        private final transient List<NarrativeCheck.Finding> findings;

        public BlockedException(List<NarrativeCheck.Finding> findings) {
            super(findings.size() + " personal value(s) in the narrative");
            this.findings = List.copyOf(findings);
        }

        public List<NarrativeCheck.Finding> findings() {
            return findings;
        }
    }

    private PackageExport() {
    }

    public static PackageContent prepare(String number, String name, ProgrammeFacts facts, Period period, Threshold threshold,
                                         Narrative narrative, Collection<String> personalValues, String appVersion, String language) {
        List<NarrativeCheck.Finding> findings = NarrativeCheck.check(narrative, personalValues);
        if (!findings.isEmpty()) {
            throw new BlockedException(findings);
        }
        return new PackageContent(number, name, Evaluation.compute(facts, period, threshold), narrative, appVersion, language);
    }
}
