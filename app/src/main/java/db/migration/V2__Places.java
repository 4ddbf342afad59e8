package db.migration;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.Locale;
import org.dossier.place.Gazetteer;
import org.dossier.place.Place;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/** Loads the places Dossier knows (countries by ISO 3166 alpha-3, regions and their hierarchy). */
public class V2__Places extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        Connection c = context.getConnection();
        Gazetteer gazetteer = Gazetteer.standard();
        try (PreparedStatement place = c.prepareStatement("INSERT INTO place (code, name, kind) VALUES (?, ?, ?)");
             PreparedStatement parent = c.prepareStatement(
                     "INSERT INTO place_parent (place_code, parent_code) VALUES (?, ?)")) {
            for (Place p : gazetteer.all()) {
                place.setString(1, p.code());
                place.setString(2, p.name());
                place.setString(3, p.kind().name().toLowerCase(Locale.ROOT));
                place.addBatch();
            }
            place.executeBatch();
            for (Place p : gazetteer.all()) {
                for (String parentCode : p.parents()) {
                    parent.setString(1, p.code());
                    parent.setString(2, parentCode);
                    parent.addBatch();
                }
            }
            parent.executeBatch();
        }
    }
}
