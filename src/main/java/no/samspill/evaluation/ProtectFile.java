package no.samspill.evaluation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The {@code protect} command's file format (docs/protect-format.md): any count tables, their shared
 * totals and identities, a threshold and a method in; the published tables and the list of hidden
 * cells out. The same {@link DisclosureControl} and {@link SmallCountRounding} as a package, so a
 * national secretariat can protect its own tables the way a municipality's are protected.
 */
public final class ProtectFile {

    private ProtectFile() {
    }

    public static byte[] protect(byte[] input) {
        JsonNode in;
        try {
            in = JsonFile.MAPPER.readTree(input);
        } catch (IOException e) {
            throw new IllegalArgumentException("The input is not valid JSON; check it with a JSON validator.");
        }
        if (in == null || !in.isObject()) {
            throw new IllegalArgumentException("The input must be a JSON object with \"tables\".");
        }
        Threshold threshold = Threshold.parse(in.path("threshold").asText("nav"));
        Protection.Method method = Protection.Method.parse(in.path("method").asText("suppression"));
        List<CountTable> tables = new ArrayList<>();
        Set<String> margins = new HashSet<>();
        for (JsonNode t : array(in, "tables")) {
            CountTable table = table(t);
            tables.add(table);
            if (t.path("marginsWhenSparse").asBoolean(false)) {
                margins.add(table.indicatorId());
            }
        }
        if (tables.isEmpty()) {
            throw new IllegalArgumentException("\"tables\" must hold at least one table.");
        }
        List<Identity> identities = new ArrayList<>();
        for (JsonNode id : in.path("identities")) {
            identities.add(new Identity(refs(id, "left"), refs(id, "right")));
        }
        for (JsonNode group : in.path("sharedTotals")) {
            // Another way to say "sharedTotal": a list of table ids whose grand totals are equal.
            List<CountTable> linked = new ArrayList<>();
            for (JsonNode id : group) {
                linked.add(tables.stream().filter(t -> t.indicatorId().equals(id.asText())).findFirst()
                        .orElseThrow(() -> new IllegalArgumentException("\"sharedTotals\" names the table " + id.asText() + ", which is not there.")));
            }
            for (int k = 1; k < linked.size(); k++) {
                identities.add(Identity.sameTotal(linked.get(0), linked.get(k)));
            }
        }
        new LinkedTables(tables, identities);
        ObjectNode out = JsonFile.MAPPER.createObjectNode();
        out.put("format", "samspill-protected-tables");
        out.put("formatVersion", 1);
        out.putObject("threshold").put("name", threshold.name()).put("minimum", threshold.minimum());
        ObjectNode disclosure = out.putObject("disclosure").put("method", method.code());
        List<ProtectedTable> published;
        List<SuppressionEntry> log = List.of();
        if (method == Protection.Method.ROUNDING) {
            SmallCountRounding.Result r = new SmallCountRounding(threshold).apply(tables, identities);
            published = r.tables().stream().map(Evaluation::allPublished).toList();
            disclosure.put("maxError", r.maxError());
        } else {
            DisclosureControl.Result r = new DisclosureControl(threshold).apply(tables, identities, margins);
            published = r.tables();
            log = r.log();
            disclosure.put("hiddenAtLeast", 0);
        }
        ArrayNode outTables = out.putArray("tables");
        for (ProtectedTable p : published) {
            ObjectNode t = outTables.addObject();
            t.put("id", p.indicatorId());
            p.rows().forEach(t.putArray("rows")::add);
            p.columns().forEach(t.putArray("columns")::add);
            t.put("rowTotals", p.hasRowTotals()).put("columnTotals", p.hasColumnTotals());
            ArrayNode grid = t.putArray("cells");
            for (int r = 0; r < p.height(); r++) {
                ArrayNode row = grid.addArray();
                for (int c = 0; c < p.width(); c++) {
                    ObjectNode cell = row.addObject();
                    switch (p.state(r, c)) {
                        case PUBLISHED -> cell.put("value", p.cell(r, c));
                        case MARGIN_ONLY -> cell.put("marginOnly", true);
                        default -> cell.put("suppressed", true);
                    }
                }
            }
        }
        ArrayNode hidden = out.putArray("hidden");
        for (SuppressionEntry e : log) {
            hidden.addObject().put("table", e.indicatorId()).put("row", e.row()).put("column", e.column());
        }
        try {
            return (JsonFile.MAPPER.writeValueAsString(out) + "\n").getBytes(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot write the protected tables", e);
        }
    }

    private static CountTable table(JsonNode t) {
        String id = text(t, "id", "a table");
        List<String> rows = codes(t, "rows", id);
        List<String> columns = codes(t, "columns", id);
        JsonNode cells = t.path("cells");
        if (!cells.isArray() || cells.size() != rows.size()) {
            throw new IllegalArgumentException("Table " + id + ": \"cells\" must have one row per row code (" + rows.size() + ").");
        }
        long[][] values = new long[rows.size()][columns.size()];
        for (int r = 0; r < rows.size(); r++) {
            JsonNode row = cells.get(r);
            if (!row.isArray() || row.size() != columns.size()) {
                throw new IllegalArgumentException("Table " + id + ", row " + rows.get(r) + ": one value per column (" + columns.size() + ").");
            }
            for (int c = 0; c < columns.size(); c++) {
                JsonNode v = row.get(c);
                if (!v.canConvertToExactIntegral() || v.asLong() < 0 || v.asLong() > 100_000_000L) {
                    throw new IllegalArgumentException("Table " + id + ", " + rows.get(r) + "/" + columns.get(c)
                            + ": a count must be a whole number from 0 to 100,000,000.");
                }
                values[r][c] = v.asLong();
            }
        }
        String group = t.hasNonNull("sharedTotal") ? t.get("sharedTotal").asText() : null;
        return new CountTable(id, rows, columns, values, group, t.path("countsPeople").asBoolean(true));
    }

    private static List<String> codes(JsonNode t, String field, String id) {
        List<String> out = new ArrayList<>();
        for (JsonNode c : t.path(field)) {
            String code = c.asText();
            if (code.isBlank() || "total".equals(code) || out.contains(code)) {
                throw new IllegalArgumentException("Table " + id + ": \"" + field + "\" must be distinct codes other than \"total\".");
            }
            out.add(code);
        }
        if (out.isEmpty() || out.size() > 200) {
            throw new IllegalArgumentException("Table " + id + ": \"" + field + "\" must hold 1 to 200 codes.");
        }
        return out;
    }

    private static List<Identity.CellRef> refs(JsonNode identity, String side) {
        List<Identity.CellRef> out = new ArrayList<>();
        for (JsonNode r : array(identity, side)) {
            out.add(new Identity.CellRef(text(r, "table", "an identity"), text(r, "row", "an identity"), text(r, "column", "an identity")));
        }
        return out;
    }

    private static JsonNode array(JsonNode node, String field) {
        JsonNode a = node.path(field);
        if (!a.isArray()) {
            throw new IllegalArgumentException("\"" + field + "\" must be a list.");
        }
        return a;
    }

    private static String text(JsonNode node, String field, String where) {
        JsonNode v = node.path(field);
        if (!v.isTextual() || v.asText().isBlank()) {
            throw new IllegalArgumentException("In " + where + ", \"" + field + "\" must be a text.");
        }
        return v.asText();
    }
}
