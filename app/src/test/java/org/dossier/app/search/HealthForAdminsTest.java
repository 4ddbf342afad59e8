package org.dossier.app.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.dossier.account.Role;
import org.dossier.app.security.AccountSite;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** An admin sees how far the search index is behind the store; a reader sees only that it is up. */
class HealthForAdminsTest extends AccountSite {

    @Test
    void showsAnAdminTheIndexsDocumentsPendingChangesAndLag() throws Exception {
        JsonNode health = JsonMapper.builder()
                .build()
                .readTree(as(Role.ADMIN).get("/actuator/health").body());

        JsonNode search = health.get("components").get("search");
        assertThat(search.get("status").asString()).isEqualTo("UP");
        assertThat(search.get("details").get("documents").asLong()).isNotNegative();
        assertThat(search.get("details").get("pending_changes").asLong()).isNotNegative();
        assertThat(search.get("details").get("lag_seconds").asLong()).isBetween(0L, 5L);
    }
}
