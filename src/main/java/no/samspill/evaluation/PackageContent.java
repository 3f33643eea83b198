package no.samspill.evaluation;

/**
 * Everything one package holds: who it is from, the period and threshold, the protected indicators
 * with their log, and the narrative that has passed the check. {@code language} is the report's.
 */
public record PackageContent(String municipalityNumber, String municipalityName, Evaluation.Result evaluation,
                             Narrative narrative, String appVersion, String language) {

    public String fileName() {
        return "samspill-" + municipalityNumber + "-" + evaluation.period().year() + ".zip";
    }
}
