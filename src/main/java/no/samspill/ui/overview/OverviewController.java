package no.samspill.ui.overview;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.fxml.FXML;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.NumberAxis;
import no.samspill.ui.common.CountAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.layout.VBox;
import no.samspill.domain.ReportDeadline;
import no.samspill.domain.CooperationMeeting;
import no.samspill.ui.common.DateFields;
import org.kordamp.ikonli.javafx.FontIcon;
import no.samspill.domain.CandidateStatus;
import no.samspill.domain.DueItem;
import no.samspill.domain.YearFigures;
import no.samspill.ui.common.DueItemCell;
import no.samspill.ui.common.I18n;
import no.samspill.ui.common.Navigator;
import no.samspill.ui.common.TableActions;
import java.util.List;

/** Oversikt: what is due, who lacks a mentor, and the year in two charts. Every item opens its record. */
public final class OverviewController {

    private final OverviewViewModel model;
    private final I18n i18n;
    private final Navigator navigator;

    @FXML private ListView<DueItem> dueSoonList;
    @FXML private ListView<DueItem> overdueList;
    @FXML private ListView<DueItem> followUpList;
    @FXML private ListView<DueItem> withoutMentorList;
    @FXML private Label dueSoonTitle;
    @FXML private Label overdueTitle;
    @FXML private Label followUpTitle;
    @FXML private Label withoutMentorTitle;
    @FXML private BarChart<String, Number> statusChart;
    @FXML private VBox deadlineBox;
    @FXML private VBox deadlineList;
    @FXML private BarChart<Number, String> yearChart;

    public OverviewController(OverviewViewModel model, I18n i18n, Navigator navigator) {
        this.model = model;
        this.i18n = i18n;
        this.navigator = navigator;
    }

    @FXML
    private void initialize() {
        setUp(dueSoonList, dueSoonTitle, model.dueSoon(), "overview.dueSoon");
        setUp(overdueList, overdueTitle, model.overdue(), "overview.overdue");
        setUp(followUpList, followUpTitle, model.followUps(), "overview.followUps");
        setUp(withoutMentorList, withoutMentorTitle, model.withoutMentor(), "overview.withoutMentor");
        statusChart.setAnimated(false);
        yearChart.setAnimated(false);
        CountAxis.wholeNumbers((NumberAxis) statusChart.getYAxis(), i18n);
        CountAxis.wholeNumbers((NumberAxis) yearChart.getXAxis(), i18n);
        model.deadlines().addListener((ListChangeListener<ReportDeadline>) c -> showDeadlines());
        model.cooperationFollowUps().addListener((ListChangeListener<CooperationMeeting>) c -> showDeadlines());
        model.countsProperty().addListener((obs, old, now) -> showCounts(now));
        model.figuresProperty().addListener((obs, old, now) -> showFigures(now));
        model.refresh();
    }

    private void setUp(ListView<DueItem> list, Label title, ObservableList<DueItem> items, String titleKey) {
        list.setItems(items);
        list.setCellFactory(l -> new DueItemCell(i18n, model.today(), list != overdueList));
        TableActions.install(list, item -> navigator.openCandidate(item.candidateId(), DueItemCell.tabFor(item)));
        Runnable update = () -> title.setText(i18n.format(titleKey, items.size()));
        items.addListener((ListChangeListener<DueItem>) c -> update.run());
        update.run();
    }

    private void showDeadlines() {
        deadlineList.getChildren().clear();
        LocalDate today = model.today();
        for (ReportDeadline d : model.deadlines()) {
            long days = ChronoUnit.DAYS.between(today, d.due());
            Label line = new Label(days < 0 ? i18n.format("overview.deadline.past", d.title(), DateFields.format(d.due()), Long.toString(-days))
                    : i18n.format("overview.deadline.coming", d.title(), DateFields.format(d.due()), Long.toString(days)),
                    new FontIcon(days < 0 ? "mdal-error_outline" : "mdal-event"));
            line.setWrapText(true);
            line.getStyleClass().add(days < 0 ? "danger" : "warning");
            deadlineList.getChildren().add(line);
        }
        for (CooperationMeeting m : model.cooperationFollowUps()) {
            Label line = new Label(i18n.format("overview.cooperation.due", m.topic(), i18n.label(m.partner()),
                    DateFields.format(m.followUp())), new FontIcon("mdal-event"));
            line.setWrapText(true);
            line.getStyleClass().add("warning");
            deadlineList.getChildren().add(line);
        }
        boolean any = !model.deadlines().isEmpty() || !model.cooperationFollowUps().isEmpty();
        deadlineBox.setVisible(any);
        deadlineBox.setManaged(any);
    }

    private void showCounts(Map<CandidateStatus, Integer> counts) {
        XYChart.Series<String, Number> series = new XYChart.Series<>();
        for (CandidateStatus s : CandidateStatus.values()) {
            series.getData().add(new XYChart.Data<>(i18n.label(s), counts.getOrDefault(s, 0)));
        }
        statusChart.getData().setAll(List.of(series));
        statusChart.setAccessibleText(CountAxis.inWords(statusChart.getTitle(),
                series.getData().stream().map(d -> Map.entry(d.getXValue(), d.getYValue())).toList(), i18n));
    }

    private void showFigures(YearFigures f) {
        if (f == null) {
            return;
        }
        yearChart.setTitle(i18n.format("overview.year.title", Integer.toString(f.year())));
        List<Map.Entry<String, Number>> figures = List.of(
                Map.entry(i18n.get("overview.year.referred"), f.referred()),
                Map.entry(i18n.get("overview.year.intoJob"), f.intoJob()),
                Map.entry(i18n.get("overview.year.ended"), f.ended()),
                Map.entry(i18n.get("overview.year.tradeCertificates"), f.tradeCertificates()),
                Map.entry(i18n.get("overview.year.competenceCertificates"), f.competenceCertificates()),
                Map.entry(i18n.get("overview.year.involvement"), f.involvementEvents()));
        // Bars lie down so that their names read across; a category axis lists upwards, so the first goes in last.
        XYChart.Series<Number, String> series = new XYChart.Series<>();
        for (int i = figures.size() - 1; i >= 0; i--) {
            series.getData().add(new XYChart.Data<>(figures.get(i).getValue(), figures.get(i).getKey()));
        }
        yearChart.setAccessibleText(CountAxis.inWords(yearChart.getTitle(), figures, i18n));
        yearChart.getData().setAll(List.of(series));
    }
}
