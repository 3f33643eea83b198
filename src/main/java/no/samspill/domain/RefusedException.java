package no.samspill.domain;

/** A change the rules do not allow, such as deleting a workplace that records still point to. The key names the message. */
public class RefusedException extends RuntimeException {

    private final String messageKey;

    public RefusedException(String messageKey) {
        super(messageKey);
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
