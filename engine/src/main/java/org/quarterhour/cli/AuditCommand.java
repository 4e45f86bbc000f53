package org.quarterhour.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code quarterhour audit ...}: an auditor's view of the ledger. */
@Command(name = "audit", description = "An auditor's tools: list the ledger's entries, verify that nothing in it was changed.",
        subcommands = {AuditLogCommand.class, AuditVerifyCommand.class})
final class AuditCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "name an audit command: log, verify (see 'quarterhour audit --help')");
    }
}
