package org.dossier.app.web;

/**
 * How many columns a row of cards takes on a wide screen, so that rows come out full where they can: two, three or
 * four cards side by side; a last row short of cards is centred. Narrower screens take two, then one.
 */
public final class CardGrid {
    private CardGrid() {}

    public static String columns(int cards) {
        return switch (cards) {
            case 0, 1, 2 -> "cols-2";
            case 4, 8 -> "cols-4";
            default -> "cols-3";
        };
    }
}
