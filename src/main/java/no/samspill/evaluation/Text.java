package no.samspill.evaluation;

/** A text in the three languages of the package. */
public record Text(String nb, String nn, String en) {

    public String in(String language) {
        return switch (language) {
            case "nn" -> nn;
            case "en" -> en;
            default -> nb;
        };
    }

    /** The same text in all three languages (numbers, codes). */
    public static Text same(String s) {
        return new Text(s, s, s);
    }
}
