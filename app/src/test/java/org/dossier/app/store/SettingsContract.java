package org.dossier.app.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.dossier.site.SettingsStore;
import org.junit.jupiter.api.Test;

/** What every store's site settings must do. */
interface SettingsContract {

    SettingsStore settings();

    @Test
    default void keepsTheLastValueOfEachSetting() {
        settings().write(Map.of("name", "Institute", "publisher", "Institute Press"));
        settings().write(Map.of("name", "Institute for Peace"));

        assertThat(settings().read()).isEqualTo(Map.of("name", "Institute for Peace", "publisher", "Institute Press"));
    }
}
