package no.samspill.data;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DataDirectoryTest {

    Path home = Path.of("/home/hanne");

    @Test
    void linuxUsesXdgDataHomeOrLocalShare() {
        assertEquals(Path.of("/data/xdg/samspill"),
                DataDirectory.resolve(null, Map.of("XDG_DATA_HOME", "/data/xdg"), "Linux", home));
        assertEquals(Path.of("/home/hanne/.local/share/samspill"), DataDirectory.resolve(null, Map.of(), "Linux", home));
    }

    @Test
    void windowsUsesLocalNotRoamingAppData() {
        Path p = DataDirectory.resolve(null, Map.of("LOCALAPPDATA", "/c/Users/hanne/AppData/Local",
                "APPDATA", "/c/Users/hanne/AppData/Roaming"), "Windows 11", home);
        assertEquals(Path.of("/c/Users/hanne/AppData/Local/Samspill"), p);
    }

    @Test
    void macUsesApplicationSupport() {
        assertEquals(Path.of("/home/hanne/Library/Application Support/Samspill"),
                DataDirectory.resolve(null, Map.of(), "Mac OS X", home));
    }

    @Test
    void optionBeatsEnvironmentBeatsDefault() {
        Map<String, String> env = Map.of(DataDirectory.ENV_VARIABLE, "/env/dir");
        assertEquals(Path.of("/opt/dir"), DataDirectory.resolve("/opt/dir", env, "Linux", home));
        assertEquals(Path.of("/env/dir"), DataDirectory.resolve(null, env, "Linux", home));
        assertEquals(Path.of("/env/dir"), DataDirectory.resolve("  ", env, "Linux", home));
    }
}
