package no.samspill.ui.shell;

import no.samspill.domain.Municipality;
import no.samspill.ui.common.Language;
import java.nio.file.Path;

/** What screens may ask of the application window as a whole. */
public interface AppShell {

    void showMain(Municipality municipality);

    void applyTheme(boolean dark);

    /** The theme now shown, which a screen built later (Innstillinger) shows as chosen. */
    boolean darkTheme();

    void changeLanguage(Language language);

    /** Applies a text size from {@code TextSize.CHOICES} to every window and rebuilds the screens. */
    void changeTextSize(int percent);

    /** Replaces the data with a backup (the current file is kept aside), then asks for the password again. */
    void restore(Path backup);

    /**
     * Re-encrypts the data under a new password (the window closes the data while it runs), then asks
     * for the password again. {@code onWrong} runs when the current password given is not the right one.
     */
    void changePassword(char[] current, char[] next, Runnable onWrong);
}
