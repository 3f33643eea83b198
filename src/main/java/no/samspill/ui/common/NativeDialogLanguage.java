package no.samspill.ui.common;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_INT;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.SymbolLookup;
import java.lang.invoke.MethodHandle;
import java.util.Locale;
import org.slf4j.LoggerFactory;

/**
 * The file dialogs on Linux are GTK's own, and GTK translates them through gettext, which reads the
 * LANGUAGE variable on every lookup (unless the messages locale is plain "C"). So the app's language
 * reaches them by setting LANGUAGE in this process, with the other Norwegian form as fallback, since
 * GTK's nynorsk catalogue is far from complete. On Windows and macOS the system's dialogs follow the
 * system's language; nothing is done there.
 */
public final class NativeDialogLanguage {

    /** glibc's value for LC_MESSAGES. */
    private static final int LC_MESSAGES = 5;

    private NativeDialogLanguage() {
    }

    /** Call on the FX thread (GTK's thread), so no GTK lookup runs while the variable changes. */
    public static void use(Language language) {
        if (!System.getProperty("os.name", "").toLowerCase(Locale.ROOT).contains("linux")) {
            return;
        }
        try {
            Linker linker = Linker.nativeLinker();
            SymbolLookup libc = linker.defaultLookup();
            MethodHandle setenv = linker.downcallHandle(libc.find("setenv").orElseThrow(),
                    FunctionDescriptor.of(JAVA_INT, ADDRESS, ADDRESS, JAVA_INT));
            MethodHandle setlocale = linker.downcallHandle(libc.find("setlocale").orElseThrow(),
                    FunctionDescriptor.of(ADDRESS, JAVA_INT, ADDRESS));
            try (Arena arena = Arena.ofConfined()) {
                int ignored = (int) setenv.invokeExact(arena.allocateFrom("LANGUAGE"), arena.allocateFrom(languages(language)), 1);
                MemorySegment current = (MemorySegment) setlocale.invokeExact(LC_MESSAGES, MemorySegment.NULL);
                String name = current.equals(MemorySegment.NULL) ? "C" : current.reinterpret(256).getString(0);
                if (name.equals("C") || name.equals("POSIX")) {
                    // gettext ignores LANGUAGE under "C"; C.UTF-8 translates nothing else differently.
                    MemorySegment set = (MemorySegment) setlocale.invokeExact(LC_MESSAGES, arena.allocateFrom("C.UTF-8"));
                }
            }
            // gettext caches translations; its counter tells the cache that the language changed.
            libc.find("_nl_msg_cat_cntr").ifPresent(counter -> {
                MemorySegment value = counter.reinterpret(JAVA_INT.byteSize());
                value.set(JAVA_INT, 0, value.get(JAVA_INT, 0) + 1);
            });
        } catch (Throwable e) {
            LoggerFactory.getLogger(NativeDialogLanguage.class).debug("The system dialogs keep the system's language: {}", e.toString());
        }
    }

    static String languages(Language language) {
        return switch (language) {
            case NB -> "nb:nn:no";
            case NN -> "nn:nb:no";
            case EN -> "en";
        };
    }
}
