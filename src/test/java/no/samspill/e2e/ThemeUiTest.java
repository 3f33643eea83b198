package no.samspill.e2e;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.application.Application;
import javafx.scene.control.CheckBox;
import org.junit.jupiter.api.Test;

/** The dark theme, chosen in Innstillinger: shown at once, shown as chosen when the screen is opened again, kept across a start. */
class ThemeUiTest extends AppUiTest {

    @Test
    void theChosenThemeIsShownAsChosenWhenInnstillingerIsOpenedAgainAndAfterARestart() throws Exception {
        open("settings");
        CheckBox dark = node("#darkThemeBox");
        assertFalse(dark.isSelected());
        robot.clickOn(dark);
        waitUntil(() -> Application.getUserAgentStylesheet() != null && Application.getUserAgentStylesheet().contains("dark"));

        open("overview");
        open("settings");
        assertTrue(this.<CheckBox>node("#darkThemeBox").isSelected(), "the box says what the window shows");

        restart();
        assertTrue(Application.getUserAgentStylesheet().contains("dark"), "the theme is kept");
        open("settings");
        assertTrue(this.<CheckBox>node("#darkThemeBox").isSelected());
    }
}
