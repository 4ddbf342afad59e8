package org.dossier.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The first admin comes from the command line, with a password that is asked for, never a default. */
@Tag("site")
class UserCommandTest {

    @TempDir
    Path tmp;

    @Test
    void addsTheFirstAdminWithAPasswordFromStandardInputAndListsIt() {
        String data = tmp.toString();

        CliRun added = withStdin(
                "a long enough passphrase\n",
                () -> CliRun.of(
                        "--data",
                        data,
                        "user",
                        "add",
                        "Alice",
                        "--role",
                        "admin",
                        "--name",
                        "Alice Admin",
                        "--password-stdin"));
        CliRun list = CliRun.of("--data", data, "user", "list");

        assertThat(added.exitCode()).isZero();
        assertThat(added.out()).isEqualTo("added alice (admin)\n");
        assertThat(list.out()).matches("alice +admin +Alice Admin\n");
    }

    @Test
    void refusesAShortPasswordATakenNameAndAnUnknownRoleAndStoresNothing() {
        String data = tmp.toString();
        CliRun shortPassword = withStdin(
                "short\n",
                () -> CliRun.of("--data", data, "user", "add", "bob", "--role", "editor", "--password-stdin"));
        withStdin(
                "a long enough passphrase\n",
                () -> CliRun.of("--data", data, "user", "add", "carol", "--role", "editor", "--password-stdin"));
        CliRun taken = withStdin(
                "another long passphrase\n",
                () -> CliRun.of("--data", data, "user", "add", "Carol", "--role", "admin", "--password-stdin"));
        CliRun unknownRole = CliRun.of("--data", data, "user", "add", "dave", "--role", "owner", "--password-stdin");

        assertThat(shortPassword.exitCode()).isEqualTo(2);
        assertThat(shortPassword.err()).contains("password: a password has at least 12 characters");
        assertThat(taken.exitCode()).isEqualTo(2);
        assertThat(taken.err()).contains("username: the username 'carol' is taken");
        assertThat(unknownRole.exitCode()).isEqualTo(2);
        assertThat(unknownRole.err()).contains("role: the role is admin, editor, contributor or reader");
        assertThat(CliRun.of("--data", data, "user", "list").out()).matches("carol +editor +carol\n");
    }

    @Test
    void asksForThePasswordOnATerminalAndHasNoDefault() {
        CliRun noTerminal = CliRun.of("--data", tmp.toString(), "user", "add", "erin", "--role", "admin");

        assertThat(noTerminal.exitCode()).isEqualTo(2);
        assertThat(noTerminal.err()).contains("no terminal to ask for the password on: give it with --password-stdin");
        assertThat(CliRun.of("--data", tmp.toString(), "user", "list").out()).isEmpty();
    }

    @Test
    void changesARoleAndDisablesAnAccount() {
        String data = tmp.toString();
        withStdin(
                "a long enough passphrase\n",
                () -> CliRun.of("--data", data, "user", "add", "frank", "--role", "contributor", "--password-stdin"));

        assertThat(CliRun.of("--data", data, "user", "role", "frank", "editor").out())
                .isEqualTo("frank is now editor\n");
        assertThat(CliRun.of("--data", data, "user", "disable", "frank").exitCode())
                .isZero();
        assertThat(CliRun.of("--data", data, "user", "list").out()).matches("frank +editor +frank \\(disabled\\)\n");
    }

    private static CliRun withStdin(String input, java.util.function.Supplier<CliRun> run) {
        InputStream before = System.in;
        System.setIn(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)));
        try {
            return run.get();
        } finally {
            System.setIn(before);
        }
    }
}
