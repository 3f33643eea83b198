package no.samspill.ui.candidates;

import java.util.ArrayList;
import java.util.List;
import java.util.function.LongConsumer;
import javafx.scene.Node;
import no.samspill.domain.CandidateSummary;
import no.samspill.ui.common.Dialogs;
import no.samspill.ui.common.I18n;

/**
 * Asks what to do when a candidate being saved looks like one already registered: save anyway,
 * open the registered record (at most three are offered by name), or go back to the form.
 */
final class DuplicateQuestion {

    private static final int MAX_OPEN = 3;
    private final I18n i18n;
    private final Dialogs dialogs;

    DuplicateQuestion(I18n i18n, Dialogs dialogs) {
        this.i18n = i18n;
        this.dialogs = dialogs;
    }

    /** True to save anyway; otherwise nothing is saved, and {@code open} gets the record the user chose to open, if any. */
    boolean saveAnyway(Node owner, List<CandidateSummary> found, LongConsumer open) {
        String who = String.join("\n", found.stream().map(this::describe).toList());
        List<CandidateSummary> openable = found.stream().limit(MAX_OPEN).toList();
        List<String> answers = new ArrayList<>();
        answers.add(i18n.get("candidates.duplicate.saveAnyway"));
        openable.forEach(c -> answers.add(i18n.format("candidates.duplicate.open", c.fullName())));
        answers.add(i18n.get("candidates.duplicate.back"));
        int answer = dialogs.ask(owner, "candidates.duplicate.title", i18n.format("candidates.duplicate.message", who), answers);
        if (answer == 0) {
            return true;
        }
        if (answer <= openable.size()) {
            open.accept(openable.get(answer - 1).id());
        }
        return false;
    }

    private String describe(CandidateSummary c) {
        return c.fullName() + " (" + c.birthYear() + ", " + i18n.label(c.status()) + ")";
    }
}
