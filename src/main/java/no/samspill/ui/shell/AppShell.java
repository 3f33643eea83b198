package no.samspill.ui.shell;

import no.samspill.domain.Municipality;
import no.samspill.ui.common.Language;

/** What screens may ask of the application window as a whole. */
public interface AppShell {

    void showMain(Municipality municipality);

    void applyTheme(boolean dark);

    void changeLanguage(Language language);
}
