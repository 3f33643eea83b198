package no.samspill.evaluation;

/** An input a roll-up cannot use, in one sentence that names the file and what is wrong with it. */
public final class RefusedInput extends IllegalArgumentException {

    public RefusedInput(String sentence) {
        super(sentence);
    }
}
