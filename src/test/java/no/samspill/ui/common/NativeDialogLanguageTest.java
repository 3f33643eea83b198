package no.samspill.ui.common;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.invoke.MethodHandle;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Asks gettext itself, through GTK's own translation catalogue, what the file dialog's buttons will
 * say after the app's language is set: the oracle is the library GTK calls, not our code.
 */
class NativeDialogLanguageTest {

    @AfterEach
    void back() {
        NativeDialogLanguage.use(Language.DEFAULT);
    }

    @Test
    void theFileDialogsWordsFollowTheAppsLanguage() throws Throwable {
        assumeTrue(System.getProperty("os.name").toLowerCase().contains("linux"), "GTK's dialogs are Linux only");
        assumeTrue(Files.exists(Path.of("/usr/share/locale/nb/LC_MESSAGES/gtk30.mo")), "GTK's translations are installed");

        NativeDialogLanguage.use(Language.NB);
        assertEquals("_Avbryt", gtk("_Cancel"));
        assertEquals("_Åpne", gtk("_Open"));

        NativeDialogLanguage.use(Language.EN);
        assertEquals("_Cancel", gtk("_Cancel"));

        NativeDialogLanguage.use(Language.NN);
        assertEquals("_Namn:", gtk("_Name:"), "nynorsk where GTK has it");
        assertEquals("_Avbryt", gtk("_Cancel"), "bokmål where GTK's nynorsk lacks the word");
    }

    private static String gtk(String msgid) throws Throwable {
        Linker linker = Linker.nativeLinker();
        MethodHandle dgettext = linker.downcallHandle(linker.defaultLookup().find("dgettext").orElseThrow(),
                FunctionDescriptor.of(ADDRESS, ADDRESS, ADDRESS));
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment out = (MemorySegment) dgettext.invokeExact(arena.allocateFrom("gtk30"), arena.allocateFrom(msgid));
            return out.reinterpret(1024).getString(0);
        }
    }
}
