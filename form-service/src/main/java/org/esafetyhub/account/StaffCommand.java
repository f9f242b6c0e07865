package org.esafetyhub.account;

import org.esafetyhub.db.Database;
import org.esafetyhub.trust.DatabaseOptions;
import org.esafetyhub.trust.AcademyStore;
import org.esafetyhub.trust.InvalidTrustFileException;
import org.esafetyhub.trust.TrustFile;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.time.Clock;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.Callable;

/** {@code staff add | reset-password | disable}: accounts are made from the command line, never with a default password. */
@Command(name = "staff", mixinStandardHelpOptions = true, description = "Manage staff accounts.")
public final class StaffCommand implements Runnable {

    @Spec
    private CommandSpec spec;

    public static CommandLine commandLine() {
        return new CommandLine(new StaffCommand())
                .addSubcommand("add", new Add())
                .addSubcommand("reset-password", new ResetPassword())
                .addSubcommand("disable", new Disable());
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    abstract static class Base implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        /** Where the accounts live. */
        @Mixin
        DatabaseOptions store;

        @Option(names = "--email", required = true, description = "The member of staff's e-mail address.")
        String email;

        @Override
        public Integer call() {
            try {
                var trust = TrustFile.load(store.config());
                try (var database = Database.open(store.address(trust), System.getenv())) {
                    database.jdbi().onDemand(AcademyStore.class).syncWith(trust);
                    return run(database, PasswordLinks.of(database.jdbi(), trust, Clock.systemUTC()), trust,
                            email.strip().toLowerCase(Locale.ROOT));
                }
            } catch (InvalidTrustFileException | IllegalArgumentException e) {
                spec.commandLine().getErr().println(e.getMessage());
                return 1;
            }
        }

        abstract int run(Database database, PasswordLinks links, org.esafetyhub.trust.Trust trust, String email);

    }

    /** A command on an account that must exist. */
    abstract static class OnAccount extends Base {
        @Override
        final int run(Database database, PasswordLinks links, org.esafetyhub.trust.Trust trust, String email) {
            var store = database.jdbi().onDemand(StaffStore.class);
            var account = store.byEmail(email);
            if (account.isEmpty()) {
                spec.commandLine().getErr().println("No account has the e-mail address " + email);
                return 1;
            }
            store.deleteSessionsOf(account.get().id());
            act(store, links, account.get());
            return 0;
        }

        /** Does the command's work; the account's sessions are already ended. */
        abstract void act(StaffStore store, PasswordLinks links, StaffAccount account);
    }

    @Command(name = "add", description = "Add an account and print a one-time link (valid 3 days) to set its password.")
    static final class Add extends Base {
        @Option(names = "--name", required = true, description = "Their name, as colleagues know it.")
        String name;

        @Option(names = "--role", required = true, description = "One of: ${COMPLETION-CANDIDATES}.")
        Role role;

        @Option(names = "--academy", description = "The academy's slug from the trust file (every role but OFFICER and ADMIN).")
        String academy;

        @Override
        int run(Database database, PasswordLinks links, org.esafetyhub.trust.Trust trust, String email) {
            var err = spec.commandLine().getErr();
            if (role.needsAcademy() && (academy == null || trust.academy(academy).isEmpty())) {
                err.println("A " + role + " belongs to one academy: give --academy with one of "
                        + trust.academies().stream().map(a -> a.slug()).toList());
                return 1;
            }
            var store = database.jdbi().onDemand(StaffStore.class);
            if (store.byEmail(email).isPresent()) {
                err.println("An account with the e-mail address " + email + " already exists");
                return 1;
            }
            var id = UUID.randomUUID().toString();
            store.insert(StaffAccount.fresh(id, email, name.strip(), role, role.needsAcademy() ? academy : null));
            spec.commandLine().getOut().println("Added " + email + " (" + role.label + "). Send them this link to set a password (valid 3 days):");
            spec.commandLine().getOut().println(links.linkFor(id));
            return 0;
        }
    }

    @Command(name = "reset-password", description = "Sign the account out everywhere, stop its password from working and print "
            + "a new link to set one (older links stop working).")
    static final class ResetPassword extends OnAccount {
        @Override
        void act(StaffStore store, PasswordLinks links, StaffAccount account) {
            spec.commandLine().getOut().println("Link to set a new password for " + account.email() + " (valid 3 days):");
            spec.commandLine().getOut().println(links.resetLinkFor(account.id()));
        }
    }

    @Command(name = "disable", description = "Disable the account and end its sessions.")
    static final class Disable extends OnAccount {
        @Override
        void act(StaffStore store, PasswordLinks links, StaffAccount account) {
            store.disable(account.id());
            store.deleteTokensOf(account.id());
            spec.commandLine().getOut().println("Disabled " + account.email());
        }
    }
}
