package no.samspill.importing;

/**
 * The file cannot be imported at all (wrong encoding, a ragged row, a formula, a protected workbook,
 * empty, too large). Carries a message key and its arguments, never cell values beyond a row number.
 */
public final class ImportRefused extends RuntimeException {

    private final String messageKey;
    private final transient Object[] args;

    public ImportRefused(String messageKey, Object... args) {
        super(messageKey);
        this.messageKey = messageKey;
        this.args = args.clone();
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] args() {
        return args.clone();
    }
}
