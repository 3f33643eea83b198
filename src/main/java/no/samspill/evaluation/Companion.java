package no.samspill.evaluation;

import com.exceptionfactory.jagged.x25519.X25519RecipientStanzaWriterFactory;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.security.GeneralSecurityException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The confidential companion (ADR 0021): the year's exact tables, before disclosure control,
 * encrypted to one secretariat's key and carried in the package as {@code data/confidential.age}.
 * It names the SHA-256 of the package's {@code indicators.json}, so it cannot be moved to another
 * package, and the roll-up checks that every value lies within what the public part published.
 */
public final class Companion {

    static final String FILE = "confidential.age";
    static final String FORMAT = "samspill-confidential";

    /** One package's exact tables, by indicator, as full grids with totals. */
    public record Exact(String municipality, Map<String, long[][]> tables) {
    }

    private Companion() {
    }

    /** The exact tables as the coordinator sees them before they are encrypted: indicator id to grid. */
    public static Map<String, long[][]> contents(Evaluation.Result evaluation) {
        Map<String, long[][]> out = new LinkedHashMap<>();
        for (CountTable t : evaluation.exact()) {
            long[][] grid = new long[t.height()][t.width()];
            for (int r = 0; r < t.height(); r++) {
                for (int c = 0; c < t.width(); c++) {
                    grid[r][c] = t.value(r, c);
                }
            }
            out.put(t.indicatorId(), grid);
        }
        return out;
    }

    /**
     * The exact tables as plain text in the user's language, one block per indicator: what the
     * coordinator sees before it is encrypted.
     */
    public static String describe(Evaluation.Result evaluation, String language, java.util.Locale locale) {
        java.text.NumberFormat numbers = java.text.NumberFormat.getIntegerInstance(locale);
        StringBuilder out = new StringBuilder();
        List<Indicator> catalogue = IndicatorCatalogue.all();
        for (int i = 0; i < evaluation.exact().size(); i++) {
            CountTable t = evaluation.exact().get(i);
            Indicator ind = catalogue.get(i);
            out.append(ind.name().in(language)).append('\n');
            for (int r = 0; r < t.height(); r++) {
                out.append("  ").append(ind.rowLabel(t.rowCode(r)).in(language)).append(": ");
                for (int c = 0; c < t.width(); c++) {
                    out.append(c == 0 ? "" : "; ").append(ind.columnLabel(t.columnCode(c)).in(language)).append(' ')
                            .append(numbers.format(t.value(r, c)));
                }
                out.append('\n');
            }
            out.append('\n');
        }
        return out.toString();
    }

    static byte[] seal(PackageContent content, byte[] indicatorsJson, SecretariatKey key) {
        ObjectNode root = JsonFile.MAPPER.createObjectNode();
        root.put("format", FORMAT).put("formatVersion", 1);
        root.putObject("municipality").put("number", content.municipalityNumber()).put("name", content.municipalityName());
        root.put("year", content.evaluation().period().year()).put("asOf", content.evaluation().period().asOf().toString());
        root.put("publicPart", EvaluationPackage.sha256(indicatorsJson));
        root.put("recipient", key.fingerprint());
        ArrayNode tables = root.putArray("tables");
        for (CountTable t : content.evaluation().exact()) {
            ObjectNode table = tables.addObject().put("id", t.indicatorId());
            t.rows().forEach(table.putArray("rows")::add);
            t.columns().forEach(table.putArray("columns")::add);
            ArrayNode cells = table.putArray("cells");
            for (int r = 0; r < t.height(); r++) {
                ArrayNode row = cells.addArray();
                for (int c = 0; c < t.width(); c++) {
                    row.add(t.value(r, c));
                }
            }
        }
        byte[] plain = null;
        try {
            plain = JsonFile.MAPPER.writeValueAsBytes(root);
            return AgeFiles.encrypt(plain, X25519RecipientStanzaWriterFactory.newRecipientStanzaWriter(key.recipient()));
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("The confidential companion could not be made.", e);
        } finally {
            if (plain != null) {
                Arrays.fill(plain, (byte) 0);
            }
        }
    }

    /** Opens a package's companion with the secretariat's key; every way it can be wrong is a sentence naming the file. */
    static Exact open(String file, byte[] sealed, byte[] indicatorsJson, UnlockedKey key) {
        byte[] plain = AgeFiles.decrypt(sealed, key.reader(),
                file + ": its confidential part was encrypted to another key than " + key.publicKey().organisation() + "'s.",
                file + ": its confidential part has been altered or damaged.");
        try {
            JsonNode root = JsonFile.MAPPER.readTree(plain);
            if (!FORMAT.equals(root.path("format").asText()) || root.path("formatVersion").asInt() != 1) {
                throw new RefusedInput(file + ": its confidential part is not of a format this version reads.");
            }
            if (!EvaluationPackage.sha256(indicatorsJson).equals(root.path("publicPart").asText())) {
                throw new RefusedInput(file + ": its confidential part belongs to another package.");
            }
            Map<String, long[][]> tables = new LinkedHashMap<>();
            for (JsonNode t : root.path("tables")) {
                List<long[]> rows = new ArrayList<>();
                for (JsonNode row : t.path("cells")) {
                    long[] values = new long[row.size()];
                    for (int c = 0; c < values.length; c++) {
                        values[c] = row.get(c).asLong();
                    }
                    rows.add(values);
                }
                tables.put(t.path("id").asText(), rows.toArray(long[][]::new));
            }
            return new Exact(root.path("municipality").path("number").asText(), tables);
        } catch (IOException e) {
            throw new RefusedInput(file + ": its confidential part cannot be read.");
        } finally {
            Arrays.fill(plain, (byte) 0);
        }
    }
}
