package no.samspill.ui.common;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.Map;
import java.util.function.Supplier;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;

/** Loads a {@link View} with the current language and builds its controller from the registered suppliers. */
public final class ViewLoader {

    /** A loaded view: its root node and its controller. */
    public record Loaded<C>(Parent root, C controller) {
    }

    private final I18n i18n;
    private final Map<Class<?>, Supplier<?>> controllers;

    public ViewLoader(I18n i18n, Map<Class<?>, Supplier<?>> controllers) {
        this.i18n = i18n;
        this.controllers = Map.copyOf(controllers);
    }

    public <C> Loaded<C> load(View view) {
        URL url = ViewLoader.class.getResource(view.resource());
        if (url == null) {
            throw new IllegalStateException("Missing FXML " + view.resource());
        }
        FXMLLoader loader = new FXMLLoader(url, i18n.bundle());
        loader.setControllerFactory(this::controller);
        try {
            Parent root = loader.load();
            TextSize.scaleSizes(root);
            return new Loaded<>(root, loader.getController());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot load " + view.resource(), e);
        }
    }

    private Object controller(Class<?> type) {
        Supplier<?> supplier = controllers.get(type);
        if (supplier == null) {
            throw new IllegalStateException("No controller registered for " + type.getName());
        }
        return supplier.get();
    }
}
