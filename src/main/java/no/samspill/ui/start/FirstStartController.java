package no.samspill.ui.start;

import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import no.samspill.domain.AreaMatch;
import no.samspill.ui.common.FieldErrors;
import no.samspill.ui.common.I18n;
import no.samspill.ui.shell.AppShell;

public final class FirstStartController {

    private final FirstStartViewModel model;
    private final I18n i18n;
    private final AppShell shell;

    @FXML private TextField searchField;
    @FXML private ListView<AreaMatch> matchList;
    @FXML private Label pickError;
    @FXML private Button ownButton;
    @FXML private Button demoButton;
    @FXML private ProgressIndicator progress;

    public FirstStartController(FirstStartViewModel model, I18n i18n, AppShell shell) {
        this.model = model;
        this.i18n = i18n;
        this.shell = shell;
    }

    @FXML
    private void initialize() {
        searchField.textProperty().bindBidirectional(model.queryProperty());
        matchList.setItems(model.matches());
        matchList.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(AreaMatch m, boolean empty) {
                super.updateItem(m, empty);
                setText(empty || m == null ? null : describe(m));
            }
        });
        matchList.setPlaceholder(new Label(i18n.get("firstStart.pick.placeholder")));
        model.selectedProperty().addListener((o, a, b) -> {
            if (b != matchList.getSelectionModel().getSelectedItem()) {
                matchList.getSelectionModel().select(b);
            }
        });
        matchList.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (b != null) {
                model.selectedProperty().set(b);
            }
        });
        // Down from the search field goes into the list; Enter anywhere starts with the chosen unit.
        searchField.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.DOWN && !model.matches().isEmpty()) {
                matchList.requestFocus();
                e.consume();
            }
        });
        FieldErrors.bind(searchField, pickError, model.pickErrorProperty(), i18n);
        progress.visibleProperty().bind(model.busyProperty());
        ownButton.disableProperty().bind(model.busyProperty());
        demoButton.disableProperty().bind(model.busyProperty());
    }

    private String describe(AreaMatch m) {
        String where = m.parent() != null ? m.parent() : m.county();
        String line = m.area().code() + "  " + m.unitName() + "  (" + where + ")";
        return m.formerCode() == null ? line : line + " – " + i18n.format("firstStart.pick.former", m.formerCode());
    }

    @FXML
    private void onOwn() {
        model.createOwn(shell::showMain);
    }

    @FXML
    private void onDemo() {
        model.createDemo(i18n.get("firstStart.demo.municipalityName"), shell::showMain);
    }
}
