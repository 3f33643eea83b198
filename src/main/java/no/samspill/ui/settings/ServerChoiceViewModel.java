package no.samspill.ui.settings;

import java.nio.file.Path;
import java.util.Optional;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import no.samspill.data.ServerAddress;
import no.samspill.data.ServerChoice;
import no.samspill.domain.Checks;
import no.samspill.ui.common.Form;
import no.samspill.ui.common.FormField;

/**
 * Innstillinger → the data's place: the file on this laptop (the default) or the municipality's
 * PostgreSQL server, which takes effect at the next start. The connection always verifies the
 * server's certificate; the password is asked at each start and never kept.
 */
public final class ServerChoiceViewModel {

    public final Form form = new Form();
    public final FormField<String> host;
    public final FormField<String> port;
    public final FormField<String> database;
    public final FormField<String> user;
    private final Path dataDirectory;
    private final ReadOnlyObjectWrapper<Optional<ServerAddress>> chosen = new ReadOnlyObjectWrapper<>();

    public ServerChoiceViewModel(Path dataDirectory) {
        this.dataDirectory = dataDirectory;
        Optional<ServerAddress> now = ServerChoice.read(dataDirectory);
        chosen.set(now);
        host = form.field(now.map(ServerAddress::host).orElse(""), t -> Checks.requiredText(t, 253));
        port = form.field(now.map(a -> Integer.toString(a.port())).orElse("5432"), ServerChoiceViewModel::checkPort);
        database = form.field(now.map(ServerAddress::database).orElse(""), t -> Checks.requiredText(t, 63));
        user = form.field(now.map(ServerAddress::user).orElse(""), t -> Checks.requiredText(t, 63));
    }

    private static Optional<String> checkPort(String text) {
        try {
            int p = Integer.parseInt(text == null ? "" : text.strip());
            return p >= 1 && p <= 65_535 ? Optional.empty() : Optional.of("validation.server.port");
        } catch (NumberFormatException e) {
            return Optional.of("validation.server.port");
        }
    }

    /** Keeps the server for the next start; false (with the messages beside the fields) when a field is wrong. */
    public boolean useServer() {
        form.validate();
        if (!form.valid()) {
            return false;
        }
        ServerAddress address = ServerAddress.verified(host.value().strip(), Integer.parseInt(port.value().strip()),
                database.value().strip(), user.value().strip());
        ServerChoice.write(dataDirectory, address);
        chosen.set(Optional.of(address));
        return true;
    }

    /** Back to the file on this laptop from the next start. */
    public void useFile() {
        ServerChoice.clear(dataDirectory);
        chosen.set(Optional.empty());
    }

    public ReadOnlyObjectProperty<Optional<ServerAddress>> chosenProperty() {
        return chosen.getReadOnlyProperty();
    }
}
