package no.samspill.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import javafx.css.PseudoClass;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import no.samspill.domain.Checks;
import no.samspill.domain.WorkplaceType;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The dialog as a component: it renders a form, keeps Save disabled while the form is invalid, and reports the choice. */
@ExtendWith(ApplicationExtension.class)
class FormDialogTest {

    private final I18n i18n = new I18n(Language.EN);
    private final AtomicReference<Boolean> saved = new AtomicReference<>();
    private Form form;
    private FormField<String> name;
    private FormField<String> repeat;
    private FormField<WorkplaceType> type;

    private Stage stage;

    /** A stage of its own: the primary stage is shared with the app tests in the same JVM and keeps its size. */
    @Start
    void start(Stage primary) {
        stage = new Stage();
        Button open = new Button("Open");
        open.setId("open");
        open.setOnAction(e -> {
            form = new Form();
            name = form.field("", v -> Checks.requiredText(v, Checks.MAX_TITLE));
            repeat = form.field("");
            type = form.required(WorkplaceType.HOME_CARE);
            form.rule(repeat, () -> repeat.value().equals(name.value()) ? Optional.empty() : Optional.of("password.mismatch"));
            form.notice(name, () -> "Vestbyen".equals(name.value()) ? Optional.of("notice.measure.overlap") : Optional.empty());
            saved.set(new FormDialog(i18n, new Dialogs(i18n), "workplaces.dialog.new", form)
                    .text("workplaces.field.name", name)
                    .text("password.change.repeat", repeat)
                    .choice("workplaces.field.type", type, WorkplaceType.class)
                    .showAndWait(open));
        });
        stage.setScene(new Scene(open, 200, 100));
        stage.show();
    }

    @AfterEach
    void closeStage() throws Exception {
        WaitForAsyncUtils.asyncFx(stage::close).get();
    }

    @Test
    void saveIsEnabledOnlyWhileEveryFieldAndRuleIsSatisfied(FxRobot robot) {
        robot.clickOn("#open");
        Button save = robot.lookup("#dialog-save").queryButton();
        assertTrue(save.isDisabled(), "an empty required name");

        robot.clickOn("#workplaces-field-name").write("Nordbyen");
        assertTrue(save.isDisabled(), "the repeat does not match yet");
        Label message = messageBeside(robot, "#password-change-repeat");
        assertEquals(i18n.get("password.mismatch"), message.getText());

        robot.clickOn("#password-change-repeat").write("Nordbyen");
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(save.isDisabled());
        assertEquals("", message.getText());

        robot.clickOn(save);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(Boolean.TRUE, saved.get());
        assertEquals("Nordbyen", name.value());
        assertEquals(WorkplaceType.HOME_CARE, type.value());
    }

    @Test
    void aNoticeShowsBesideItsFieldWithoutStoppingTheSave(FxRobot robot) {
        robot.clickOn("#open");
        Button save = robot.lookup("#dialog-save").queryButton();
        Label beside = messageBeside(robot, "#workplaces-field-name");
        robot.clickOn("#workplaces-field-name").write("Vestbyen");
        robot.clickOn("#password-change-repeat").write("Vestbyen");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(i18n.get("notice.measure.overlap"), beside.getText());
        assertTrue(beside.getPseudoClassStates().contains(PseudoClass.getPseudoClass("notice")), "shown as a notice, not as an error");
        assertFalse(save.isDisabled());

        robot.clickOn("#workplaces-field-name").type(KeyCode.BACK_SPACE);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(i18n.get("password.mismatch"), messageBeside(robot, "#password-change-repeat").getText());
        assertEquals("", beside.getText(), "the notice goes when its reason does");
        assertFalse(beside.getPseudoClassStates().contains(PseudoClass.getPseudoClass("notice")));
        robot.clickOn("#password-change-repeat").type(KeyCode.BACK_SPACE);
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn(save);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(Boolean.TRUE, saved.get());
    }

    @Test
    void escapeWithoutChangesClosesWithoutAskingAndSavesNothing(FxRobot robot) {
        robot.clickOn("#open");
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(Boolean.FALSE, saved.get());
        assertFalse(form.dirty());
    }

    private static Label messageBeside(FxRobot robot, String inputId) {
        TextField input = robot.lookup(inputId).queryAs(TextField.class);
        return (Label) input.getParent().getChildrenUnmodifiable().get(input.getParent().getChildrenUnmodifiable().indexOf(input) + 1);
    }
}
