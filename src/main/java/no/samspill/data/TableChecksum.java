package no.samspill.data;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Table;
import org.jooq.impl.DSL;

/**
 * A table's row count and a SHA-256 over its rows in key order, read as the database's own types
 * (no converters) and written in a form both engines give alike: a number without trailing zeros,
 * a time as its instant, bytes in hex. The same data gives the same checksum on H2 and PostgreSQL.
 */
public record TableChecksum(String table, long rows, String sha256) {

    public static TableChecksum of(DSLContext dsl, Table<?> table) {
        MessageDigest digest = newDigest();
        List<Field<?>> fields = raw(table);
        long rows = dsl.transactionResult(cfg -> Engine.streaming(cfg.dsl(), () -> {
            long n = 0;
            try (var cursor = cfg.dsl().select(fields).from(table).orderBy(order(table)).fetchSize(2_000).fetchLazy()) {
                for (Record r : cursor) {
                    for (int i = 0; i < fields.size(); i++) {
                        digest.update(canonical(r.get(i)).getBytes(StandardCharsets.UTF_8));
                        digest.update((byte) 0x1f);
                    }
                    digest.update((byte) 0x1e);
                    n++;
                }
            }
            return n;
        }));
        return new TableChecksum(AuditLog.entity(table), rows, HexFormat.of().formatHex(digest.digest()));
    }

    /** The table's columns by name, typed as the database stores them rather than as the domain reads them. */
    static List<Field<?>> raw(Table<?> table) {
        return Arrays.stream(table.fields()).<Field<?>>map(f -> DSL.field(DSL.name(f.getName()), f.getDataType().getSQLDataType()))
                .toList();
    }

    /** Key order, so both sides walk the rows alike; a table without a key by all its columns. */
    static List<Field<?>> order(Table<?> table) {
        List<? extends Field<?>> key = table.getPrimaryKey() == null ? List.of(table.fields()) : table.getPrimaryKey().getFields();
        return key.stream().<Field<?>>map(f -> DSL.field(DSL.name(f.getName()), f.getDataType().getSQLDataType())).toList();
    }

    private static String canonical(Object v) {
        return switch (v) {
            case null -> "\u0000";
            case BigDecimal d -> d.signum() == 0 ? "0" : d.stripTrailingZeros().toPlainString();
            case OffsetDateTime t -> t.toInstant().toString();
            case byte[] b -> HexFormat.of().formatHex(b);
            default -> v.toString();
        };
    }

    private static MessageDigest newDigest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
