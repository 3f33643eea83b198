package no.samspill.ui.common;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipFile;
import javafx.collections.FXCollections;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Separator;
import javafx.scene.control.Spinner;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.beans.property.SimpleStringProperty;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * While the password window waits for the user, the kinds of controls the screens are made of are
 * built once off the FX thread, in a scene of their own that is styled and laid out and then
 * dropped, with the screens a session opens first ({@link WarmViews}), and the app's own screen
 * classes are loaded. A screen built for the first time on the FX
 * thread otherwise loads, links and styles all of it then: 100–200 ms blocks when the main window,
 * the candidate list or a record first showed. JavaFX lets a scene be built and changed on any thread
 * until it is in a showing window, and its style manager locks its shared state for that.
 */
public final class Warmup {

    /** What was done, for the log and the test. */
    public record Done(int classes, boolean styled, int views) {
    }

    private Warmup() {
    }

    public static Done run() {
        int classes = loadScreenClasses();
        List<Parent> views = WarmViews.first();
        BorderPane root = controls();
        root.setRight(new VBox(views.toArray(Parent[]::new)));
        style(root);
        return new Done(classes, root.lookup(".table-view") instanceof TableView<?> t && t.getSkin() != null, views.size());
    }

    /** One screen or part, from its FXML file without its controller, styled and laid out in a scene of its own; false if it could not be built. */
    public static boolean screen(String resource) {
        Parent root = WarmViews.load(resource, new I18n(Language.DEFAULT));
        if (root == null) {
            return false;
        }
        style(root);
        return true;
    }

    private static void style(Parent root) {
        Scene scene = new Scene(root, 1200, 800);
        var css = Warmup.class.getResource("/css/samspill.css");
        if (css != null) {
            scene.getStylesheets().add(css.toExternalForm());
        }
        root.applyCss();
        root.layout();
    }

    private static BorderPane controls() {
        TableView<String> table = new TableView<>(FXCollections.observableArrayList("Kari Nordmann", "Ola Nordmann", "Åse Ødegård"));
        for (String name : List.of("Navn", "Status", "Arbeidssted")) {
            TableColumn<String, String> column = new TableColumn<>(name);
            column.setCellValueFactory(row -> new SimpleStringProperty(row.getValue()));
            table.getColumns().add(column);
        }
        table.setColumnResizePolicy(new FittedColumns());
        ComboBox<String> combo = new ComboBox<>(FXCollections.observableArrayList("Sykehjem", "Hjemmetjeneste"));
        combo.getSelectionModel().selectFirst();
        GridPane form = new GridPane();
        form.addRow(0, new Label("Navn"), new TextField("Kari"));
        form.addRow(1, new Label("Dato"), new DatePicker());
        form.addRow(2, new Label("Sted"), combo);
        form.addRow(3, new Label("Antall"), new Spinner<Integer>(0, 10, 1));
        form.addRow(4, new Label("Notat"), new TextArea("Notat"));
        form.addRow(5, new CheckBox("Ja"), new ProgressIndicator());
        XYChart.Series<String, Number> series = new XYChart.Series<>();
        series.getData().add(new XYChart.Data<>("2026", 3));
        BarChart<String, Number> chart = new BarChart<>(new CategoryAxis(), new NumberAxis());
        chart.getData().add(series);
        TabPane tabs = new TabPane(new Tab("Detaljer", new ScrollPane(form)), new Tab("Opplæring", new ListView<>(
                FXCollections.observableArrayList("Praksis", "Fagbrev"))));
        SplitPane split = new SplitPane(table, tabs);
        VBox navigation = new VBox(new ToggleButton("Oversikt", new FontIcon("mdal-dashboard")), new Separator(),
                new Button("Ny", new FontIcon("mdmz-school")));
        HBox tools = new HBox(new TextField(), new Button("Søk"));
        return new BorderPane(new VBox(tools, split, new StackPane(chart)), null, null, new FlowPane(new Label("Samspill")), navigation);
    }

    /** Loads (without initialising) every class of the app's screens, from its jar or its class folder. */
    private static int loadScreenClasses() {
        String prefix = "no/samspill/ui/";
        try {
            Path source = Path.of(Warmup.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            List<String> names;
            if (Files.isDirectory(source)) {
                try (Stream<Path> files = Files.walk(source.resolve(prefix))) {
                    names = files.map(f -> source.relativize(f).toString().replace('\\', '/')).toList();
                }
            } else {
                try (ZipFile jar = new ZipFile(source.toFile())) {
                    names = jar.stream().map(e -> e.getName()).toList();
                }
            }
            int loaded = 0;
            for (String name : names) {
                if (name.startsWith(prefix) && name.endsWith(".class")) {
                    loaded += load(name.substring(0, name.length() - ".class".length()).replace('/', '.'));
                }
            }
            return loaded;
        } catch (IOException | URISyntaxException | RuntimeException e) {
            return 0;
        }
    }

    private static int load(String name) {
        try {
            Class.forName(name, false, Warmup.class.getClassLoader());
            return 1;
        } catch (ClassNotFoundException | LinkageError e) {
            return 0;
        }
    }
}
