package no.samspill.data;

/** The record was deleted (or never existed) between reading and saving. */
public class RecordNotFoundException extends RuntimeException {
    public RecordNotFoundException(String entity, long id) {
        super(entity + " " + id + " not found");
    }
}
