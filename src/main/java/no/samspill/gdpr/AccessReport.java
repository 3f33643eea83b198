package no.samspill.gdpr;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import no.samspill.domain.NationalId;
import no.samspill.domain.SubjectAccess;

/**
 * An access request answered in two files: a readable HTML page (opens in any browser, prints well)
 * and a JSON file with the same content for a machine. Written side by side in one folder.
 */
public final class AccessReport {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.uuuu");
    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .registerModule(new SimpleModule().addSerializer(NationalId.class, new StdSerializer<>(NationalId.class) {
                @Override
                public void serialize(NationalId id, JsonGenerator gen, SerializerProvider provider) throws IOException {
                    gen.writeString(id.value());
                }
            }))
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).enable(SerializationFeature.INDENT_OUTPUT);

    private AccessReport() {
    }

    /** Writes innsyn-&lt;id&gt;.html and innsyn-&lt;id&gt;.json into {@code folder}; returns both paths. */
    public static List<Path> write(SubjectAccess access, Path folder) {
        long id = access.candidate().id();
        Path html = folder.resolve("innsyn-" + id + ".html");
        Path json = folder.resolve("innsyn-" + id + ".json");
        try {
            Files.createDirectories(folder);
            Files.writeString(json, JSON.writeValueAsString(access), StandardCharsets.UTF_8);
            Files.writeString(html, html(access), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return List.of(html, json);
    }

    static String html(SubjectAccess a) {
        var c = a.candidate();
        StringBuilder h = new StringBuilder("<!DOCTYPE html>\n<html lang=\"nb\"><head><meta charset=\"utf-8\"><title>Innsyn</title>"
                + "<style>body{font-family:sans-serif;max-width:50em;margin:2em auto}td,th{border-bottom:1px solid #ccc;padding:.2em .6em;text-align:left}"
                + "table{border-collapse:collapse;margin-bottom:1.2em}</style></head><body>\n");
        h.append("<h1>Innsyn: opplysninger i Samspill</h1>\n<p>Laget ").append(esc(a.madeAt().toLocalDate().format(DATE)))
                .append(". Dette er alt Samspill har lagret om personen.</p>\n");
        h.append("<h2>Personen</h2>\n<table>");
        row(h, "Navn", c.fullName());
        row(h, "Kontakt", c.contact());
        row(h, "Fødselsår", Integer.toString(c.birthYear()));
        row(h, "Fødselsdato", date(c.birthDate()));
        row(h, "Fødselsnummer / D-nummer", a.nationalId() == null ? null : a.nationalId().value());
        row(h, "Kjønn", c.gender().name());
        row(h, "Henvist", date(c.referralDate()));
        row(h, "Henvist av", c.referralSource() == null ? null : c.referralSource().name());
        row(h, "Program", c.programme().name());
        row(h, "Status", c.status().name());
        row(h, "Merknad", c.note());
        row(h, "Informert om behandlingen", date(c.informedDate()));
        h.append("</table>\n");
        section(h, "Statushistorikk", List.of("Dato", "Status", "Årsak"), a.history().stream()
                .map(s -> List.of(date(s.date()), s.status().name(), s.reason() == null ? "" : s.reason().name())).toList());
        section(h, "Mentorer", List.of("Mentor", "Fra", "Til"), a.mentors().stream()
                .map(m -> List.of(m.mentorName(), date(m.start()), date(m.end()))).toList());
        for (var p : a.paths()) {
            section(h, "Opplæringsløp: " + p.path().title(), List.of("Steg", "Planlagt", "Status", "Fullført", "Udir-kode"), p.steps().stream()
                    .map(s -> List.of(s.title(), date(s.planned()), s.status().name(), date(s.done()), s.udirCode() == null ? "" : s.udirCode())).toList());
        }
        section(h, "Resultater", List.of("Type", "Dato"), a.qualifications().stream()
                .map(q -> List.of(q.kind().name(), date(q.achieved()))).toList());
        section(h, "Arbeidsforhold", List.of("Start", "Slutt", "Stillingsprosent", "Fast", "Type", "STYRK", "Ny stilling"), a.jobs().stream()
                .map(j -> List.of(date(j.start()), date(j.end()), j.jobPercentage() + " %", j.permanent() ? "ja" : "nei", j.kind().name(),
                        j.styrkCode() == null ? "" : j.styrkCode(), j.newPost() ? "ja" : "nei")).toList());
        section(h, "Oppfølginger", List.of("Måneder", "Forfaller", "Registrert", "Status"), a.followUps().stream()
                .map(f -> List.of(Integer.toString(f.monthsAfter()), date(f.due()), date(f.recorded()),
                        f.outcome() == null ? "" : f.outcome().name())).toList());
        section(h, "Nav-tiltak", List.of("Tiltak", "Nav-kode", "Fra", "Til"), a.navMeasures().stream()
                .map(m -> List.of(m.measure().name(), m.measure().code(), date(m.start()), date(m.end()))).toList());
        section(h, "Inntekt", List.of("Kilde", "Fra", "Til"), a.incomes().stream()
                .map(i -> List.of(i.source().name(), date(i.start()), date(i.end()))).toList());
        section(h, "Lærekontrakter", List.of("Signert", "Garantert plass"), a.apprenticeships().stream()
                .map(k -> List.of(date(k.signed()), k.guaranteed() ? "ja" : "nei")).toList());
        section(h, "Endringslogg", List.of("Tid", "Handling", "Felt", "Bruker"), a.auditLog().stream()
                .map(e -> List.of(e.occurredAt().toString(), e.action(), e.changedFields(), e.osUser())).toList());
        return h.append("</body></html>\n").toString();
    }

    private static void section(StringBuilder h, String title, List<String> header, List<List<String>> rows) {
        h.append("<h2>").append(esc(title)).append("</h2>\n");
        if (rows.isEmpty()) {
            h.append("<p>Ingen.</p>\n");
            return;
        }
        h.append("<table><tr>");
        header.forEach(t -> h.append("<th>").append(esc(t)).append("</th>"));
        h.append("</tr>");
        for (List<String> r : rows) {
            h.append("<tr>");
            r.forEach(v -> h.append("<td>").append(esc(v)).append("</td>"));
            h.append("</tr>");
        }
        h.append("</table>\n");
    }

    private static void row(StringBuilder h, String label, String value) {
        h.append("<tr><th>").append(esc(label)).append("</th><td>").append(esc(value == null ? "–" : value)).append("</td></tr>");
    }

    private static String date(LocalDate d) {
        return d == null ? "" : d.format(DATE);
    }

    private static String esc(String s) {
        return s == null ? "" : s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
