package io.duckboard.platform.ui.charts;

import java.util.Arrays;
import java.util.List;

/**
 * "Back to the Kitchen": the warm palette of our first users' recipe dashboards, defined once and
 * used by every chart, in this order.
 */
public enum KitchenPalette {
    TOMATO("#C8553D"),
    SAFFRON("#F2A541"),
    OLIVE("#7D8C4A"),
    CINNAMON("#A0522D"),
    SAGE("#8FA98C"),
    PAPRIKA("#D1495B"),
    PLUM("#7B4B6A"),
    ESPRESSO("#4E342E");

    private final String hex;

    KitchenPalette(String hex) {
        this.hex = hex;
    }

    public String hex() {
        return hex;
    }

    public static List<String> colors() {
        return Arrays.stream(values()).map(KitchenPalette::hex).toList();
    }

    /** Heatmap scale from cream to tomato. */
    public static final String CREAM = "#F6E7CB";
}
