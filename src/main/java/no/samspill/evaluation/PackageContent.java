package no.samspill.evaluation;

/**
 * Everything one package holds: who it is from, the period and threshold, the protected indicators
 * with their log, and the narrative that has passed the check. {@code language} is the report's;
 * {@code companionTo}, when set, is the secretariat the exact tables are encrypted to.
 */
public record PackageContent(String municipalityNumber, String municipalityName, Evaluation.Result evaluation,
                             Narrative narrative, String appVersion, String language, SecretariatKey companionTo) {

    public PackageContent(String municipalityNumber, String municipalityName, Evaluation.Result evaluation,
                          Narrative narrative, String appVersion, String language) {
        this(municipalityNumber, municipalityName, evaluation, narrative, appVersion, language, null);
    }

    public String fileName() {
        return "samspill-" + municipalityNumber + "-" + evaluation.period().year() + ".zip";
    }

    /** The same content with the exact tables encrypted to {@code key}, or without a companion when it is null. */
    public PackageContent withCompanionTo(SecretariatKey key) {
        return new PackageContent(municipalityNumber, municipalityName, evaluation, narrative, appVersion, language, key);
    }
}
