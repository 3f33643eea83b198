package no.samspill.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StartFolderTest {

    @TempDir Path home;

    @Test
    void aNorwegianDesktopsDocumentsFolderIsReadFromTheUserDirsFile() throws Exception {
        Files.createDirectories(home.resolve(".config"));
        Files.writeString(home.resolve(".config/user-dirs.dirs"),
                "# written by xdg-user-dirs-update\nXDG_DESKTOP_DIR=\"$HOME/Skrivebord\"\nXDG_DOCUMENTS_DIR=\"$HOME/Dokumenter\"\n");
        assertEquals(home.resolve("Dokumenter"), StartFolder.xdgDocuments(home));
    }

    @Test
    void withoutTheFileThereIsNoNamedFolder() {
        assertNull(StartFolder.xdgDocuments(home));
    }
}
