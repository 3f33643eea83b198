package no.samspill.ui.common;

import java.time.LocalDate;
import javafx.scene.control.ListCell;
import javafx.scene.text.Text;
import no.samspill.domain.CandidateStatus;
import no.samspill.domain.DueItem;

/** One line for something due: the date, the candidate and what it is. */
public final class DueItemCell extends ListCell<DueItem> {

    private final I18n i18n;
    private final LocalDate today;
    private final boolean sayOverdue;

    /** {@code sayOverdue}: put "Forsinket" in words before an overdue item, unless the list's title says it already. */
    public DueItemCell(I18n i18n, LocalDate today, boolean sayOverdue) {
        this.i18n = i18n;
        this.today = today;
        this.sayOverdue = sayOverdue;
        // A long line wraps within the list instead of running out of it behind a sideways scroll bar.
        setWrapText(true);
        setPrefWidth(0);
    }

    @Override
    protected void updateItem(DueItem item, boolean empty) {
        super.updateItem(item, empty);
        boolean overdue = !empty && item != null && item.kind() != DueItem.Kind.NO_MENTOR && item.due().isBefore(today);
        pseudoClassStateChanged(TableActions.OVERDUE, overdue);
        // Said in words as well as in red, for those who cannot see the colour.
        setText(empty || item == null ? null : (overdue && sayOverdue ? i18n.get("due.overduePrefix") + " " : "") + describe(i18n, item));
    }

    /** The theme gives list rows one line's height; a line wrapped at a large text size needs more. */
    @Override
    protected double computePrefHeight(double width) {
        double row = super.computePrefHeight(width);
        if (getText() == null || width <= 0) {
            return row;
        }
        Text measure = new Text(getText());
        measure.setFont(getFont());
        measure.setWrappingWidth(width - snappedLeftInset() - snappedRightInset());
        return Math.max(row, measure.getLayoutBounds().getHeight() + snappedTopInset() + snappedBottomInset());
    }

    public static String describe(I18n i18n, DueItem item) {
        return switch (item.kind()) {
            case STEP -> i18n.format("due.step", DateFields.format(item.due()), item.candidateName(), item.what());
            case FOLLOW_UP -> i18n.format("due.followUp", DateFields.format(item.due()), item.candidateName(), item.what());
            case NO_MENTOR -> i18n.format("due.noMentor", item.candidateName(), i18n.label(CandidateStatus.valueOf(item.what())));
        };
    }

    /** The tab of the candidate that the item is about. */
    public static Navigator.CandidateTab tabFor(DueItem item) {
        return switch (item.kind()) {
            case STEP -> Navigator.CandidateTab.TRAINING;
            case FOLLOW_UP -> Navigator.CandidateTab.EMPLOYMENT;
            case NO_MENTOR -> Navigator.CandidateTab.PROGRESS;
        };
    }
}
