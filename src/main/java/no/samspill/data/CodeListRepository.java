package no.samspill.data;

import static no.samspill.data.schema.Tables.CODE_LIST;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import no.samspill.domain.Area;
import no.samspill.domain.AreaLists;
import org.jooq.DSLContext;

/**
 * The official code lists: the ones shipped in {@code /codelists} (their sources in SOURCES.md
 * there), each replaced by a newer SSB Klass file once one is imported. The lists of changes stay
 * the shipped ones.
 */
public final class CodeListRepository {

    /** Which list an imported file is, told by the length of its codes. */
    public enum ListName {
        FYLKER("klass-104-fylker.csv", 2, 10), KOMMUNER("klass-131-kommuner.csv", 4, 300), BYDELER("klass-103-bydeler.csv", 6, 1);

        private final String resource;
        private final int digits;
        private final int fewest;

        ListName(String resource, int digits, int fewest) {
            this.resource = resource;
            this.digits = digits;
            this.fewest = fewest;
        }

        static Optional<ListName> ofDigits(int digits) {
            for (ListName n : values()) {
                if (n.digits == digits) {
                    return Optional.of(n);
                }
            }
            return Optional.empty();
        }
    }

    /** What an import did: which list, how many codes and how many are in force today. */
    public record Imported(ListName list, int rows, int current) {
    }

    private final DSLContext dsl;
    private final Clock clock;

    public CodeListRepository(DSLContext dsl, Clock clock) {
        this.dsl = dsl;
        this.clock = clock;
    }

    public AreaLists lists() {
        return new AreaLists(list(ListName.KOMMUNER), list(ListName.BYDELER), list(ListName.FYLKER),
                KlassCsv.changes(shipped("klass-131-endringer.csv")));
    }

    private List<Area> list(ListName name) {
        byte[] file = dsl.select(CODE_LIST.CONTENT).from(CODE_LIST).where(CODE_LIST.LIST_NAME.eq(name.name()))
                .fetchOptional(CODE_LIST.CONTENT).map(s -> s.getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .orElseGet(() -> shipped(name.resource));
        return KlassCsv.areas(file);
    }

    /**
     * Reads a Klass CSV file and, when it is a whole list of one kind (all codes of 2, 4 or 6
     * digits, and not fewer than such a list can have), stores it in place of the current one in
     * one transaction. Anything else is refused with {@link KlassCsv.BadFileException} and nothing changes.
     */
    public Imported importList(byte[] file) {
        List<Area> areas = KlassCsv.areas(file);
        int digits = areas.get(0).code().length();
        if (areas.stream().anyMatch(a -> a.code().length() != digits)) {
            throw new KlassCsv.BadFileException("codeList.error.mixed", 1);
        }
        ListName name = ListName.ofDigits(digits).orElseThrow(() -> new KlassCsv.BadFileException("codeList.error.mixed", 1));
        LocalDate today = LocalDate.now(clock);
        int current = (int) areas.stream().filter(a -> a.validOn(today)).count();
        if (current < name.fewest) {
            throw new KlassCsv.BadFileException("codeList.error.tooFew", 1);
        }
        String text = KlassCsv.text(file);
        dsl.transaction(cfg -> {
            DSLContext tx = cfg.dsl();
            tx.deleteFrom(CODE_LIST).where(CODE_LIST.LIST_NAME.eq(name.name())).execute();
            tx.insertInto(CODE_LIST).set(CODE_LIST.LIST_NAME, name.name()).set(CODE_LIST.CONTENT, text)
                    .set(CODE_LIST.ROWS_COUNT, areas.size()).execute();
        });
        return new Imported(name, areas.size(), current);
    }

    private static byte[] shipped(String resource) {
        try (InputStream in = CodeListRepository.class.getResourceAsStream("/codelists/" + resource)) {
            if (in == null) {
                throw new IllegalStateException("The code list " + resource + " is missing from the application.");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
