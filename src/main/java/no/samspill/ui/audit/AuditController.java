package no.samspill.ui.audit;

import java.time.format.DateTimeFormatter;
import javafx.fxml.FXML;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import no.samspill.domain.AuditEntry;
import no.samspill.ui.common.Columns;
import no.samspill.ui.common.DateFields;
import no.samspill.ui.common.EnumCells;
import no.samspill.ui.common.I18n;
import java.time.ZoneId;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.ListChangeListener;

/** Revisjonslogg: the filters above, the entries below, and the chain check. */
public final class AuditController {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd.MM.uuuu HH.mm.ss");

    private final AuditViewModel model;
    private final I18n i18n;
    private final AuditWords words;

    @FXML private DatePicker fromPicker;
    @FXML private DatePicker toPicker;
    @FXML private ComboBox<String> entityBox;
    @FXML private ComboBox<String> actionBox;
    @FXML private Label checkLabel;
    @FXML private TableView<AuditEntry> table;
    @FXML private TableColumn<AuditEntry, String> timeColumn;
    @FXML private TableColumn<AuditEntry, String> entityColumn;
    @FXML private TableColumn<AuditEntry, String> recordColumn;
    @FXML private TableColumn<AuditEntry, String> actionColumn;
    @FXML private TableColumn<AuditEntry, String> fieldsColumn;
    @FXML private TableColumn<AuditEntry, String> userColumn;

    public AuditController(AuditViewModel model, I18n i18n, String currentUser) {
        this.model = model;
        this.i18n = i18n;
        this.words = new AuditWords(i18n, currentUser);
    }

    @FXML
    private void initialize() {
        DateFields.install(fromPicker, new SimpleBooleanProperty());
        DateFields.install(toPicker, new SimpleBooleanProperty());
        fromPicker.valueProperty().bindBidirectional(model.fromProperty());
        toPicker.valueProperty().bindBidirectional(model.toProperty());
        entityBox.setConverter(EnumCells.display(words::entity, i18n.get("audit.all")));
        actionBox.setConverter(EnumCells.display(words::action, i18n.get("audit.all")));
        model.entities().addListener((ListChangeListener<String>) c -> {
            String keep = entityBox.getValue();
            entityBox.getItems().setAll(model.entities());
            entityBox.getItems().add(0, null);
            entityBox.setValue(keep);
        });
        actionBox.getItems().setAll(null, "CREATE", "UPDATE", "DELETE", "ANONYMISE");
        entityBox.valueProperty().bindBidirectional(model.entityProperty());
        actionBox.valueProperty().bindBidirectional(model.actionProperty());
        table.setItems(model.entries());
        Columns.value(timeColumn, e -> TIME.format(e.occurredAt().atZoneSameInstant(ZoneId.systemDefault())));
        Columns.value(entityColumn, e -> words.entity(e.entity()));
        Columns.value(recordColumn, e -> words.record(e, model.names()));
        Columns.value(actionColumn, e -> words.action(e.action()));
        Columns.value(fieldsColumn, e -> words.fields(e.changedFields()));
        Columns.value(userColumn, e -> words.user(e.osUser()));
        model.checkProperty().addListener((obs, old, r) -> {
            checkLabel.setText(r.intact() ? i18n.format("audit.check.intact", r.checked())
                    : i18n.format("audit.check.broken", r.brokenAt().orElseThrow(), r.checked()));
            checkLabel.getStyleClass().setAll("label", r.intact() ? "text-success" : "field-error");
        });
        model.refresh();
        model.verify();
    }

    @FXML
    private void onVerify() {
        model.verify();
    }

}
