package org.dossier.app.security;

import java.io.IOException;
import java.nio.file.Files;
import org.dossier.account.Accounts;
import org.dossier.account.NewAccount;
import org.dossier.account.Role;
import org.dossier.app.account.AccountManager;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** A running site with one account of each role, named after it ("admin", "editor" …), all with {@link #PASSWORD}. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Tag("site")
public abstract class AccountSite {
    public static final String PASSWORD = "a long enough passphrase";

    @LocalServerPort
    public int port;

    @Autowired
    protected Accounts accounts;

    @DynamicPropertySource
    static void store(DynamicPropertyRegistry registry) throws IOException {
        String data = Files.createTempDirectory("dossier-account-test").toString();
        registry.add("dossier.data", () -> data);
    }

    @BeforeAll
    protected void oneAccountOfEachRole(@Autowired AccountManager manager) {
        for (Role role : Role.values()) {
            if (accounts.find(role.key()).isEmpty()) {
                manager.add(new NewAccount(role.key(), null, role, PASSWORD), "test");
            }
        }
    }

    public SignedIn as(Role role) throws IOException, InterruptedException {
        return SignedIn.as(port, role.key(), PASSWORD);
    }
}
