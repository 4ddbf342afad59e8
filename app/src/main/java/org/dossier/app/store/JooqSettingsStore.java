package org.dossier.app.store;

import static org.dossier.app.store.schema.Tables.SITE_SETTING;

import java.util.LinkedHashMap;
import java.util.Map;
import org.dossier.site.SettingsStore;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

@Repository
class JooqSettingsStore implements SettingsStore {
    private final DSLContext db;
    private final WriteLock writeLock;
    private final TransactionTemplate transaction;

    JooqSettingsStore(DSLContext db, WriteLock writeLock, PlatformTransactionManager transactions) {
        this.db = db;
        this.writeLock = writeLock;
        this.transaction = new TransactionTemplate(transactions);
    }

    @Override
    public Map<String, String> read() {
        Map<String, String> settings = new LinkedHashMap<>();
        db.select(SITE_SETTING.NAME, SITE_SETTING.VALUE)
                .from(SITE_SETTING)
                .forEach(r -> settings.put(r.value1(), r.value2()));
        return settings;
    }

    @Override
    public void write(Map<String, String> settings) {
        writeLock.holding(() -> transaction.execute(status -> {
            settings.forEach((name, value) -> {
                if (db.update(SITE_SETTING)
                                .set(SITE_SETTING.VALUE, value)
                                .where(SITE_SETTING.NAME.eq(name))
                                .execute()
                        == 0) {
                    db.insertInto(SITE_SETTING, SITE_SETTING.NAME, SITE_SETTING.VALUE)
                            .values(name, value)
                            .execute();
                }
            });
            return null;
        }));
    }
}
