package no.samspill.ui.common;

import java.util.ArrayList;
import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;

/**
 * A row of a title or filters and the buttons that act on what lies below: on one line when there is
 * room, the buttons at the right end; when there is not (a narrow pane, a large text size), the row
 * wraps as text does, a long label over lines of its own and the buttons on the next line, each at
 * its full width, instead of cutting them to "Ny men…". A plain {@link Region} among the children
 * (the spacer an HBox would use) marks where the buttons begin; without one everything flows from
 * the left.
 */
public final class ToolRow extends Pane {

    private static final double GAP = 8;
    private static final double LINE_GAP = 4;

    private record Place(Node node, double x, double y, double w, double h) {
    }

    public ToolRow() {
        // A title longer than the row wraps over lines rather than being cut.
        getChildren().addListener((ListChangeListener<Node>) c -> {
            while (c.next()) {
                c.getAddedSubList().stream().filter(n -> n instanceof Label).forEach(n -> ((Label) n).setWrapText(true));
            }
        });
    }

    /** Its height depends on its width (it wraps), so a parent must ask for the height at the width it gives. */
    @Override
    public Orientation getContentBias() {
        return Orientation.HORIZONTAL;
    }

    @Override
    protected double computePrefWidth(double height) {
        double sum = 0;
        int count = 0;
        for (Node n : items(true)) {
            sum += n.prefWidth(-1);
            count++;
        }
        for (Node n : items(false)) {
            sum += n.prefWidth(-1);
            count++;
        }
        return insetsWidth() + sum + GAP * Math.max(0, count - 1);
    }

    @Override
    protected double computeMinWidth(double height) {
        double widest = 0;
        for (Node n : getManagedChildren()) {
            if (!isMarker(n)) {
                widest = Math.max(widest, n instanceof Labeled l && l.isWrapText() ? n.minWidth(-1) : n.prefWidth(-1));
            }
        }
        return insetsWidth() + widest;
    }

    @Override
    protected double computePrefHeight(double width) {
        double w = width < 0 ? prefWidth(-1) : width;
        Insets in = getInsets();
        double bottom = in.getTop();
        for (Place p : place(w - insetsWidth())) {
            bottom = Math.max(bottom, in.getTop() + p.y() + p.h());
        }
        return bottom + in.getBottom();
    }

    @Override
    protected double computeMinHeight(double width) {
        return computePrefHeight(width);
    }

    @Override
    protected void layoutChildren() {
        Insets in = getInsets();
        for (Node n : getManagedChildren()) {
            if (isMarker(n)) {
                n.resizeRelocate(0, 0, 0, 0);
            }
        }
        for (Place p : place(getWidth() - insetsWidth())) {
            p.node().resizeRelocate(snapPositionX(in.getLeft() + p.x()), snapPositionY(in.getTop() + p.y()), snapSizeX(p.w()), snapSizeY(p.h()));
        }
    }

    private List<Place> place(double width) {
        List<Node> start = items(true);
        List<Node> end = items(false);
        List<Place> out = new ArrayList<>();
        double all = 0;
        for (Node n : getManagedChildren()) {
            all += isMarker(n) ? 0 : n.prefWidth(-1) + GAP;
        }
        if (all - GAP <= width + 0.5) {
            double lineHeight = lineHeight(start, end);
            double x = 0;
            for (Node n : start) {
                x = centred(out, n, x, 0, n.prefWidth(-1), lineHeight) + GAP;
            }
            double endWidth = end.stream().mapToDouble(n -> n.prefWidth(-1) + GAP).sum() - GAP;
            x = width - Math.max(0, endWidth);
            for (Node n : end) {
                x = centred(out, n, x, 0, n.prefWidth(-1), lineHeight) + GAP;
            }
            return out;
        }
        double y = flow(out, start, width, 0);
        flow(out, end, width, y == 0 ? 0 : y + LINE_GAP);
        return out;
    }

    /** Flows {@code nodes} from the left from {@code top}; returns the bottom of the last line. */
    private static double flow(List<Place> out, List<Node> nodes, double width, double top) {
        double x = 0;
        double y = top;
        double lineHeight = 0;
        for (Node n : nodes) {
            double w = Math.min(n.prefWidth(-1), width);
            if (x > 0 && x + w > width) {
                y += lineHeight + LINE_GAP;
                x = 0;
                lineHeight = 0;
            }
            double h = n.prefHeight(w);
            out.add(new Place(n, x, y, w, h));
            lineHeight = Math.max(lineHeight, h);
            x += w + GAP;
        }
        return nodes.isEmpty() ? top : y + lineHeight;
    }

    private static double centred(List<Place> out, Node n, double x, double y, double w, double lineHeight) {
        double h = Math.min(n.prefHeight(w), lineHeight);
        out.add(new Place(n, x, y + (lineHeight - h) / 2, w, h));
        return x + w;
    }

    private static double lineHeight(List<Node> start, List<Node> end) {
        double h = 0;
        for (Node n : start) {
            h = Math.max(h, n.prefHeight(-1));
        }
        for (Node n : end) {
            h = Math.max(h, n.prefHeight(-1));
        }
        return h;
    }

    /** The nodes before the spacer ({@code start}) or after it. */
    private List<Node> items(boolean start) {
        List<Node> managed = getManagedChildren();
        int marker = -1;
        for (int i = 0; i < managed.size(); i++) {
            if (isMarker(managed.get(i))) {
                marker = i;
                break;
            }
        }
        List<Node> out = new ArrayList<>();
        for (int i = 0; i < managed.size(); i++) {
            boolean before = marker < 0 || i < marker;
            if (i != marker && before == start) {
                out.add(managed.get(i));
            }
        }
        return out;
    }

    private static boolean isMarker(Node n) {
        return n.getClass() == Region.class;
    }

    private double insetsWidth() {
        return getInsets().getLeft() + getInsets().getRight();
    }
}
