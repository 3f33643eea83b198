package no.samspill.evaluation;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * indicators.json, format version 1, described by docs/evaluation-package.schema.json. A suppressed
 * cell is {@code {"suppressed": true}} and carries no value. The suppression log names the hidden
 * cells only: whether a cell was hidden for being small or to protect another would tell a reader
 * that it is small, or that it is not.
 */
public final class JsonFile {

    public static final String FORMAT = "samspill-evaluation";
    public static final int FORMAT_VERSION = 1;
    static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private JsonFile() {
    }

    static byte[] write(PackageContent content) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("format", FORMAT);
        root.put("formatVersion", FORMAT_VERSION);
        ObjectNode m = root.putObject("municipality");
        m.put("number", content.municipalityNumber());
        m.put("name", content.municipalityName());
        Evaluation.Result ev = content.evaluation();
        root.put("year", ev.period().year());
        root.put("asOf", ev.period().asOf().toString());
        ObjectNode th = root.putObject("threshold");
        th.put("name", ev.threshold().name());
        th.put("minimum", ev.threshold().minimum());
        Protection protection = ev.protection();
        ObjectNode disclosure = root.putObject("disclosure");
        disclosure.put("method", protection.method().code());
        if (protection.method() == Protection.Method.ROUNDING) {
            disclosure.put("maxError", protection.maxError());
        } else {
            disclosure.put("hiddenAtLeast", protection.hiddenAtLeast());
        }
        root.put("appVersion", content.appVersion());
        ArrayNode indicators = root.putArray("indicators");
        for (IndicatorResult r : ev.indicators()) {
            ObjectNode i = indicators.addObject();
            Indicator ind = r.indicator();
            i.put("id", ind.id());
            text(i.putObject("name"), ind.name());
            text(i.putObject("definition"), ind.definition());
            i.put("countsPeople", ind.personCounts());
            labels(i.putArray("rows"), ind.rows());
            labels(i.putArray("columns"), ind.columns());
            i.put("rowTotals", r.current().hasRowTotals());
            i.put("columnTotals", r.current().hasColumnTotals());
            if (ind.share() != null) {
                text(i.putObject("shareLabel"), ind.share().label());
            }
            table(i.putObject("current"), r, r.current(), ev.period().year());
            if (r.previous() == null) {
                i.putNull("previous");
            } else {
                table(i.putObject("previous"), r, r.previous(), ev.period().year() - 1);
            }
        }
        ArrayNode programmes = root.putArray("programmes");
        for (var p : ev.programmes()) {
            ObjectNode n = programmes.addObject();
            n.put("code", p.name());
            text(n.putObject("name"), ProgrammeTables.name(p));
        }
        ArrayNode byProgramme = root.putArray("byProgramme");
        for (Evaluation.ProgrammeResult pr : ev.byProgramme()) {
            ObjectNode n = byProgramme.addObject();
            n.put("programme", pr.programme().name());
            ArrayNode tables = n.putArray("indicators");
            for (IndicatorResult r : pr.indicators()) {
                ObjectNode i = tables.addObject();
                i.put("id", r.indicator().id());
                table(i.putObject("current"), r, r.current(), ev.period().year());
                if (r.previous() == null) {
                    i.putNull("previous");
                } else {
                    table(i.putObject("previous"), r, r.previous(), ev.period().year() - 1);
                }
            }
        }
        ArrayNode log = root.putArray("suppressionLog");
        for (SuppressionEntry e : ev.log()) {
            ObjectNode n = log.addObject();
            String[] idAndProgramme = e.indicatorId().split("@", 2);
            n.put("indicator", idAndProgramme[0]);
            if (idAndProgramme.length == 2) {
                n.put("programme", idAndProgramme[1]);
            }
            n.put("row", e.row());
            n.put("column", e.column());
        }
        ObjectNode narrative = root.putObject("narrative");
        content.narrative().sections().forEach(narrative::put);
        try {
            return (MAPPER.writeValueAsString(root) + "\n").getBytes(StandardCharsets.UTF_8);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write indicators.json", e);
        }
    }

    private static void table(ObjectNode node, IndicatorResult r, ProtectedTable t, int year) {
        node.put("year", year);
        ArrayNode rows = node.putArray("cells");
        for (int row = 0; row < t.height(); row++) {
            ArrayNode cells = rows.addArray();
            for (int col = 0; col < t.width(); col++) {
                ObjectNode cell = cells.addObject();
                Long v = t.cell(row, col);
                ProtectedTable.Range range = t.range(row, col);
                if (v != null) {
                    cell.put("value", v);
                } else if (range != null) {
                    ArrayNode bounds = cell.putArray("range").add(range.low());
                    if (range.unbounded()) {
                        bounds.addNull();
                    } else {
                        bounds.add(range.high());
                    }
                } else if (t.state(row, col) == ProtectedTable.State.MARGIN_ONLY) {
                    cell.put("marginOnly", true);
                } else {
                    cell.put("suppressed", true);
                }
            }
        }
        if (r.indicator().share() != null) {
            ArrayNode shares = node.putArray("shares");
            for (int row = 0; row < t.rows().size(); row++) {
                Double s = r.share(t, row);
                ObjectNode cell = shares.addObject();
                if (s == null) {
                    cell.put("suppressed", true);
                } else {
                    cell.put("percent", s);
                }
            }
        }
    }

    private static void labels(ArrayNode array, List<Indicator.Label> labels) {
        for (Indicator.Label l : labels) {
            ObjectNode n = array.addObject();
            n.put("code", l.code());
            text(n.putObject("label"), l.text());
        }
    }

    private static void text(ObjectNode node, Text t) {
        node.put("nb", t.nb());
        node.put("nn", t.nn());
        node.put("en", t.en());
    }
}
