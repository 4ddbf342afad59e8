package db.migration;

import java.sql.Connection;
import java.sql.PreparedStatement;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/** Loads the places Dossier shipped (countries by ISO 3166 alpha-3, regions and their hierarchy): {@link FrozenPlaces}. */
public class V2__Places extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        Connection c = context.getConnection();
        try (PreparedStatement place = c.prepareStatement("INSERT INTO place (code, name, kind) VALUES (?, ?, ?)");
                PreparedStatement parent =
                        c.prepareStatement("INSERT INTO place_parent (place_code, parent_code) VALUES (?, ?)")) {
            for (FrozenPlaces.Row p : FrozenPlaces.all()) {
                place.setString(1, p.code());
                place.setString(2, p.name());
                place.setString(3, p.kind());
                place.addBatch();
                for (String parentCode : p.parents()) {
                    parent.setString(1, p.code());
                    parent.setString(2, parentCode);
                    parent.addBatch();
                }
            }
            place.executeBatch();
            parent.executeBatch();
        }
    }
}
