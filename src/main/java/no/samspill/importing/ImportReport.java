package no.samspill.importing;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The import's findings as lines in the user's language, for the command line and the dialog's
 * copy button: one line per problem, "Row 7, Birth date: …", then the possible duplicates.
 */
public final class ImportReport {

    private final ResourceBundle bundle;
    private final Locale locale;

    public ImportReport(Locale locale) {
        this.locale = locale;
        this.bundle = ResourceBundle.getBundle("i18n.messages", locale);
    }

    public String text(String key, Object... args) {
        return new MessageFormat(bundle.getString(key).replace("_", ""), locale).format(args);
    }

    public String problem(RowProblem p) {
        return text("import.report.problem", p.row(), text(p.fieldKey()), text(p.messageKey(), p.args().toArray()));
    }

    public String refusal(ImportRefused r) {
        return text(r.messageKey(), r.args());
    }

    public String duplicate(CandidateImporter.Duplicate d) {
        return d.inData() ? text("import.report.duplicateInData", d.row(), d.existingName())
                : text("import.report.duplicateInFile", d.row(), d.sameAsRow());
    }

    /** How the file was read: encoding, separator and rows (a CSV file only). */
    public String read(RawTable table) {
        return text("import.report.read", table.encoding().label(), String.valueOf(table.separator()), table.rows().size());
    }

    public String done(CandidateImporter.Outcome o) {
        return text("import.report.done", o.created(), o.merged(), o.skippedDuplicates(), o.invalidRows());
    }

    public String nothingStored() {
        return text("import.report.nothingStored");
    }

    public String noNameColumn() {
        return text("import.refused.noNameColumn");
    }

    public List<String> lines(CandidateImporter.Checked checked) {
        List<String> out = new ArrayList<>();
        checked.problems().forEach(p -> out.add(problem(p)));
        checked.duplicates().forEach(d -> out.add(duplicate(d)));
        out.add(text("import.report.summary", checked.rows().size(), checked.validRows(), checked.rows().size() - checked.validRows(),
                checked.duplicates().size()));
        return out;
    }
}
