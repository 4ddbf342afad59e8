package org.dossier.app.overview;

import java.util.regex.Pattern;
import org.dossier.place.Gazetteer;
import org.dossier.place.Place;
import org.springframework.stereotype.Component;

/**
 * The style rules that outline a region's countries on the map while the reader points at or tabs to the region's
 * link below it: one rule per region, as the page's policy allows no inline styles.
 */
@Component
public class RegionHighlights {
    static final Pattern CSS_NAME = Pattern.compile("[a-z0-9-]+");

    private final Gazetteer gazetteer;

    RegionHighlights(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    public String css() {
        StringBuilder css = new StringBuilder();
        for (Place region : gazetteer.all()) {
            if (region.kind() == Place.Kind.REGION
                    && CSS_NAME.matcher(region.code()).matches()) {
                css.append(".glance-map:has([data-region=\"")
                        .append(region.code())
                        .append("\"]:is(:hover,:focus)) .in-")
                        .append(region.code())
                        .append(" { stroke: var(--ink); stroke-width: 1.5; }\n");
            }
        }
        return css.toString();
    }
}
