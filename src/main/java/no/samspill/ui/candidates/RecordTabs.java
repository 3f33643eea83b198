package no.samspill.ui.candidates;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.Parent;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.BorderPane;
import no.samspill.ui.common.SplitRoom;
import javafx.scene.control.Tab;
import no.samspill.ui.common.LaterView;
import no.samspill.ui.common.View;
import no.samspill.ui.common.ViewLoader;

/**
 * The contents of a candidate's tabs, each built the first time it is shown with a candidate in it
 * ({@link LaterView}, ADR 0029): the details when a record first opens, another tab when it is first
 * picked. Held by the screen, so the bindings each part waits on live as long as the screen.
 */
final class RecordTabs {

    private final ViewLoader views;
    private final ObservableBooleanValue editing;
    private final ObservableBooleanValue unsaved;
    private final List<LaterView<?>> parts = new ArrayList<>();
    private final LaterView<CandidateDetailsController> details;

    /**
     * {@code unsaved}: true while the record has not been stored, when only the details tab can be
     * used. The details go into {@code detailsPane}, in the second column of {@code split}, which
     * gives them the room their fields need.
     */
    RecordTabs(ViewLoader views, ObservableBooleanValue editing, ObservableBooleanValue unsaved, BorderPane detailsPane, SplitPane split) {
        this.views = views;
        this.editing = editing;
        this.unsaved = unsaved;
        SplitRoom.keepForSecond(split, () -> formNeeds(detailsPane));
        this.details = new LaterView<>(views, View.CANDIDATE_DETAILS, editing, form -> {
            detailsPane.setCenter(form);
            // Built after the split had its width: the room the form needs is checked once it is styled.
            Platform.runLater(() -> SplitRoom.fit(split, () -> formNeeds(detailsPane)));
        });
        // Nearly every visit to the list opens a record: the form is built, apart, just after the list shows.
        details.prepareSoon();
    }

    /** The width the details form needs, styled first if it was only just built; 0 before it is. */
    private static double formNeeds(BorderPane detailsPane) {
        if (detailsPane.getCenter() instanceof ScrollPane form) {
            form.applyCss();
            return form.getContent().minWidth(-1);
        }
        return 0;
    }

    /**
     * Builds {@code view} into {@code tab} the first time it is picked while a record is open: into
     * the tab's scroll pane when it has one, else as the tab's content.
     */
    RecordTabs tab(Tab tab, View view) {
        tab.disableProperty().bind(unsaved);
        Consumer<Parent> place = tab.getContent() instanceof ScrollPane scroll ? scroll::setContent : tab::setContent;
        parts.add(new LaterView<>(views, view, tab.selectedProperty().and(editing), place));
        return this;
    }

    CandidateDetailsController details() {
        return details.controller();
    }
}
