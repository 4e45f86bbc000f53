package org.quarterhour.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.quarterhour.pack.Manifest;
import org.quarterhour.pack.PackException;
import org.quarterhour.pack.PackReader;
import org.quarterhour.pack.PackRepository;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code quarterhour standards}: every pack under the rules folder. */
@Command(name = "standards", description = "Lists every rule pack: id, version, title, issuer, in force from/until, sealed or draft.")
final class StandardsCommand implements Callable<Integer> {
    private final Main.Context context;
    private final PrintStream out;
    private final PrintStream err;

    @Option(names = "--rules", paramLabel = "DIR", description = "the rules folder (default: $QUARTERHOUR_RULES, else the repository's rules/)")
    Path rules;

    StandardsCommand(Main.Context context, PrintStream out, PrintStream err) {
        this.context = context;
        this.out = out;
        this.err = err;
    }

    @Override
    public Integer call() {
        PackRepository repo = new PackRepository(context.rules(rules));
        var entries = repo.list();
        if (entries.isEmpty()) {
            err.println("quarterhour: no rule packs under " + repo.root());
            return Main.BAD_INPUT;
        }
        int broken = 0;
        for (PackRepository.Entry e : entries) {
            Manifest m = e.manifest();
            if (m == null) {
                out.println(repo.root().relativize(e.dir()) + "  UNREADABLE: " + e.problem().lines().findFirst().orElse(""));
                broken++;
                continue;
            }
            String seal = !PackReader.isSealed(e.dir()) ? "draft" : sealHolds(e.dir()) ? "sealed" : "SEAL BROKEN";
            broken += seal.equals("SEAL BROKEN") ? 1 : 0;
            out.println(String.join("  ", m.ref(), m.title(), m.issuer() == null ? "-" : m.issuer(),
                    "in force " + m.inForceFrom() + " .. " + (m.inForceUntil() == null ? "" : m.inForceUntil()), seal));
        }
        return broken == 0 ? Main.OK : Main.BAD_PACK;
    }

    private static boolean sealHolds(Path dir) {
        try {
            PackReader.read(dir);
            return true;
        } catch (PackException e) {
            return false;
        }
    }
}
