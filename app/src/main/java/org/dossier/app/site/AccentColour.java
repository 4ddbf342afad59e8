package org.dossier.app.site;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The institute's accent colour: links, buttons and the map's shades. It must keep links readable, so its contrast
 * with the white page is at least 4.5:1 (WCAG 2 AA); the darker shade for hovered links is derived from it.
 */
final class AccentColour {
    static final double MINIMUM_CONTRAST = 4.5;
    private static final Pattern HEX = Pattern.compile("#[0-9a-f]{6}");

    private AccentColour() {}

    /** What is wrong with this colour ("" is no colour: the default), or null. */
    static String problem(String colour) {
        if (colour.isEmpty()) {
            return null;
        }
        if (!HEX.matcher(colour).matches()) {
            return "a colour as # and six hexadecimal digits, such as #0b4f8a, or nothing for the default";
        }
        double contrast = contrastWithWhite(colour);
        if (contrast < MINIMUM_CONTRAST) {
            return String.format(
                    Locale.ROOT,
                    "too light for links on white: its contrast is %.1f:1, it must be at least 4.5:1",
                    contrast);
        }
        return null;
    }

    /** The same hue a quarter darker. */
    static String darker(String colour) {
        StringBuilder out = new StringBuilder("#");
        for (int i = 1; i < 7; i += 2) {
            out.append(String.format(Locale.ROOT, "%02x", Integer.parseInt(colour.substring(i, i + 2), 16) * 3 / 4));
        }
        return out.toString();
    }

    /** WCAG 2's contrast ratio of the colour with white. */
    static double contrastWithWhite(String colour) {
        double luminance = 0.2126 * linear(colour, 1) + 0.7152 * linear(colour, 3) + 0.0722 * linear(colour, 5);
        return 1.05 / (luminance + 0.05);
    }

    private static double linear(String colour, int at) {
        double c = Integer.parseInt(colour.substring(at, at + 2), 16) / 255.0;
        return c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }
}
