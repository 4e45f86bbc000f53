package org.quarterhour.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code quarterhour pack ...}: a bureau's authoring tools. */
@Command(name = "pack", description = "A bureau's tools for writing rule packs.", subcommands = {PackCheckCommand.class, PackTestCommand.class, PackSheetCommand.class, PackDiffCommand.class, PackNewCommand.class, PackSealCommand.class})
final class PackCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "name a pack command: check, test, sheet, diff, new, seal (see 'quarterhour pack --help')");
    }
}
