package no.samspill.data;

import java.nio.file.Path;
import java.util.Map;
import java.util.Locale;

/**
 * Where the database, backups and logs live: the OS's per-user, non-roaming data folder,
 * unless the user names another with {@code --data-dir} or {@code SAMSPILL_DATA_DIR}.
 * Never the working directory, never a roaming or synced profile folder.
 */
public final class DataDirectory {

    public static final String ENV_VARIABLE = "SAMSPILL_DATA_DIR";
    static final String APP_FOLDER = "Samspill";

    private DataDirectory() {
    }

    public static Path resolve(String override, Map<String, String> env, String osName, Path home) {
        if (override != null && !override.isBlank()) {
            return Path.of(override).toAbsolutePath().normalize();
        }
        String fromEnv = env.get(ENV_VARIABLE);
        if (fromEnv != null && !fromEnv.isBlank()) {
            return Path.of(fromEnv).toAbsolutePath().normalize();
        }
        return osDefault(env, osName.toLowerCase(Locale.ROOT), home);
    }

    private static Path osDefault(Map<String, String> env, String os, Path home) {
        if (os.contains("win")) {
            // LOCALAPPDATA, not APPDATA: the roaming profile may be synced off the machine.
            String local = env.get("LOCALAPPDATA");
            Path base = local != null && !local.isBlank() ? Path.of(local) : home.resolve("AppData").resolve("Local");
            return base.resolve(APP_FOLDER);
        }
        if (os.contains("mac")) {
            return home.resolve("Library").resolve("Application Support").resolve(APP_FOLDER);
        }
        String xdg = env.get("XDG_DATA_HOME");
        Path base = xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute()
                ? Path.of(xdg) : home.resolve(".local").resolve("share");
        return base.resolve("samspill");
    }

    public static Path forThisMachine(String override) {
        return resolve(override, System.getenv(), System.getProperty("os.name"), Path.of(System.getProperty("user.home")));
    }
}
