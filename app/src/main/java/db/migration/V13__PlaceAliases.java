package db.migration;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.HashSet;
import java.util.Set;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/** Loads the other names of the places Dossier shipped ({@link FrozenPlaces}) that the store still has. */
public class V13__PlaceAliases extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        Connection c = context.getConnection();
        Set<String> stored = new HashSet<>();
        try (PreparedStatement codes = c.prepareStatement("SELECT code FROM place");
                ResultSet r = codes.executeQuery()) {
            while (r.next()) {
                stored.add(r.getString(1));
            }
        }
        try (PreparedStatement alias =
                c.prepareStatement("INSERT INTO place_alias (place_code, position, alias) VALUES (?, ?, ?)")) {
            for (FrozenPlaces.Row p : FrozenPlaces.all()) {
                for (int i = 0; stored.contains(p.code()) && i < p.aliases().size(); i++) {
                    alias.setString(1, p.code());
                    alias.setInt(2, i);
                    alias.setString(3, p.aliases().get(i));
                    alias.addBatch();
                }
            }
            alias.executeBatch();
        }
    }
}
