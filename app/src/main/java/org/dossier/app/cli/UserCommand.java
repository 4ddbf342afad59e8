package org.dossier.app.cli;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.dossier.account.Account;
import org.dossier.account.Accounts;
import org.dossier.account.NewAccount;
import org.dossier.account.Role;
import org.dossier.app.account.AccountManager;
import org.dossier.field.FieldException;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(
        name = "user",
        mixinStandardHelpOptions = true,
        header = "Add and change the accounts of editors and admins.",
        description = {
            "Readers need no account. Create the first admin here; admins then add",
            "the others on the site (/admin/accounts) or here. A password (at least",
            "12 characters) is asked for twice on the terminal, or read from the first",
            "line of standard input with --password-stdin; there is no default password.",
            "Every change is written to the audit log.",
            ""
        },
        subcommands = {
            UserCommand.Add.class,
            UserCommand.ListAccounts.class,
            UserCommand.ChangeRole.class,
            UserCommand.Disable.class,
            UserCommand.Enable.class,
            UserCommand.Password.class
        })
final class UserCommand implements Runnable {
    @ParentCommand
    Dossier root;

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(
                spec.commandLine(), "give a subcommand: add, list, role, disable, enable or password");
    }

    /** Runs work against the store and turns an account problem into a usage error (exit 2). */
    private int withAccounts(Consumer<ConfigurableApplicationContext> work) {
        try (ConfigurableApplicationContext context = Spring.start(root, false, Spring.WITHOUT_SEARCH)) {
            work.accept(context);
            return 0;
        } catch (FieldException e) {
            throw new Dossier.UsageException(e.field() + ": " + e.getMessage());
        }
    }

    private static String actor() {
        return "cli:" + System.getProperty("user.name", "unknown");
    }

    private static String password(boolean fromStdin) {
        if (fromStdin) {
            try {
                String line = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
                if (line == null) {
                    throw new Dossier.UsageException("--password-stdin: standard input is empty");
                }
                return line;
            } catch (IOException e) {
                throw new Dossier.UsageException("--password-stdin: " + e.getMessage());
            }
        }
        Console console = System.console();
        if (console == null) {
            throw new Dossier.UsageException("no terminal to ask for the password on: give it with --password-stdin");
        }
        char[] first = console.readPassword("Password (at least %d characters): ", NewAccount.MIN_PASSWORD);
        char[] again = console.readPassword("The same password again: ");
        if (first == null || !Arrays.equals(first, again)) {
            throw new Dossier.UsageException("the two passwords differ");
        }
        return new String(first);
    }

    private static Role role(String text) {
        return Role.parse(text)
                .orElseThrow(
                        () -> new Dossier.UsageException("role: the role is admin, editor, contributor or reader"));
    }

    @Command(name = "add", mixinStandardHelpOptions = true, header = "Add an account.")
    static final class Add implements Callable<Integer> {
        @ParentCommand
        UserCommand user;

        @Parameters(paramLabel = "USERNAME", description = "3–40 letters, digits, dots, hyphens or underscores.")
        String username;

        @Option(
                names = "--role",
                required = true,
                paramLabel = "ROLE",
                description = "admin, editor, contributor or reader.")
        String role;

        @Option(names = "--name", paramLabel = "NAME", description = "The name shown (default: the username).")
        String name;

        @Option(names = "--password-stdin", description = "Read the password from the first line of standard input.")
        boolean passwordStdin;

        @Override
        public Integer call() {
            Role r = role(role);
            String password = password(passwordStdin);
            return user.withAccounts(context -> {
                Account a =
                        context.getBean(AccountManager.class).add(new NewAccount(username, name, r, password), actor());
                user.spec
                        .commandLine()
                        .getOut()
                        .println("added " + a.username() + " (" + a.role().key() + ")");
            });
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, header = "List the accounts.")
    static final class ListAccounts implements Callable<Integer> {
        @ParentCommand
        UserCommand user;

        @Override
        public Integer call() {
            return user.withAccounts(context -> {
                PrintWriter out = user.spec.commandLine().getOut();
                for (Account a : context.getBean(Accounts.class).all()) {
                    out.printf(
                            "%-20s %-12s %s%s%n",
                            a.username(), a.role().key(), a.name(), a.disabled() ? " (disabled)" : "");
                }
            });
        }
    }

    @Command(name = "role", mixinStandardHelpOptions = true, header = "Change an account's role.")
    static final class ChangeRole extends OneAccount {
        @Parameters(index = "1", paramLabel = "ROLE", description = "admin, editor, contributor or reader.")
        String role;

        @Override
        public Integer call() {
            Role r = role(role);
            return user.withAccounts(context -> {
                context.getBean(AccountManager.class).changeRole(username, r, actor());
                user.spec.commandLine().getOut().println(username + " is now " + r.key());
            });
        }
    }

    /** A subcommand about one account, named by its username. */
    abstract static class OneAccount implements Callable<Integer> {
        @ParentCommand
        UserCommand user;

        @Parameters(index = "0", paramLabel = "USERNAME")
        String username;
    }

    @Command(name = "disable", mixinStandardHelpOptions = true, header = "Stop an account from signing in.")
    static final class Disable extends OneAccount {
        @Override
        public Integer call() {
            return user.withAccounts(
                    context -> context.getBean(AccountManager.class).setDisabled(username, true, actor()));
        }
    }

    @Command(name = "enable", mixinStandardHelpOptions = true, header = "Let a disabled account sign in again.")
    static final class Enable extends OneAccount {
        @Override
        public Integer call() {
            return user.withAccounts(
                    context -> context.getBean(AccountManager.class).setDisabled(username, false, actor()));
        }
    }

    @Command(name = "password", mixinStandardHelpOptions = true, header = "Set a new password for an account.")
    static final class Password extends OneAccount {
        @Option(names = "--password-stdin", description = "Read the password from the first line of standard input.")
        boolean passwordStdin;

        @Override
        public Integer call() {
            String password = password(passwordStdin);
            return user.withAccounts(
                    context -> context.getBean(AccountManager.class).changePassword(username, password, actor()));
        }
    }
}
