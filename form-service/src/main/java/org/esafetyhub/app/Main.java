package org.esafetyhub.app;

import org.esafetyhub.account.StaffCommand;
import org.esafetyhub.audit.AuditCommand;
import org.esafetyhub.db.DbCommand;
import org.esafetyhub.evidence.EvidenceCommand;
import org.esafetyhub.retention.PurgeCommand;
import org.slf4j.bridge.SLF4JBridgeHandler;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** The one jar's entry point: {@code java -jar esafety-hub.jar <command>}. */
@Command(name = "esafety-hub", mixinStandardHelpOptions = true, version = "eSafety Hub 0.1.0",
        description = "eSafety Hub: bake the site, and serve it with the report and quiz service; preview it while writing.")
public final class Main implements Runnable {

    @Spec
    private CommandSpec spec;

    @Option(names = LogFormat.OPTION, scope = ScopeType.INHERIT, paramLabel = "json|plain",
            description = "How log lines are written: json for a journal, plain for a person (default: json for serve "
                    + "without a terminal, else plain; or ESAFETY_LOG_FORMAT).")
    private String logFormat;

    public static void main(String[] args) {
        OutOfMemory.endsTheProcess();
        LogFormat.apply(args);
        System.exit(commandLine().execute(args));
    }

    static CommandLine commandLine() {
        // OrientDB (inside JBake) logs through java.util.logging: send it to Logback, where it is quietened
        SLF4JBridgeHandler.removeHandlersForRootLogger();
        SLF4JBridgeHandler.install();
        return new CommandLine(new Main())
                .addSubcommand("serve", new ServeCommand())
                .addSubcommand("bake", new BakeCommand())
                .addSubcommand("preview", new PreviewCommand())
                .addSubcommand("staff", StaffCommand.commandLine())
                .addSubcommand("backup", new BackupCommand())
                .addSubcommand("audit", AuditCommand.commandLine())
                .addSubcommand("check-config", new CheckConfigCommand())
                .addSubcommand("purge", new PurgeCommand())
                .addSubcommand("evidence", EvidenceCommand.commandLine())
                .addSubcommand("db", DbCommand.commandLine(AuditCommand::checkCopy));
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
