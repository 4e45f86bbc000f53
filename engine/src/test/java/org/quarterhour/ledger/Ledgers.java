package org.quarterhour.ledger;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.quarterhour.Repo;
import org.quarterhour.inventory.Inventory;
import org.quarterhour.pack.Pack;
import org.quarterhour.verdict.Verdict;

/** Ledgers for tests: the example scored, fresh folders, and the files a ledger holds. */
final class Ledgers {
    static final Pack HANGJIN = Repo.pack("hangjin-banner@2023.12");
    static final Pack CHUZHOU = Repo.pack("chuzhou@2024.02");

    private Ledgers() {
    }

    static Inventory example() {
        try {
            return Repo.inventories().read(Repo.fixtures().resolve("inventories/xini-tuanjie.yaml"), "xini-tuanjie.yaml");
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static Ledger.Scored scored(Inventory inventory, Pack pack) {
        try {
            Verdict v = Repo.engine().score(inventory, pack);
            return new Ledger.Scored(v, inventory, pack, Overrides.NONE);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** The example scored under Hangjin and under Chuzhou, appended to {@code ledger} in one call. */
    static List<Entry> appendExampleUnderTwoStandards(Ledger ledger) throws LedgerException {
        Inventory example = example();
        return ledger.append(List.of(scored(example, HANGJIN), scored(example, CHUZHOU)));
    }

    static Path fresh() {
        try {
            return Files.createTempDirectory("quarterhour-ledger-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every file of the ledger but the lock, sorted, relative to the folder. */
    static List<Path> files(Path dir) {
        try (Stream<Path> all = Files.walk(dir)) {
            return all.filter(Files::isRegularFile).map(dir::relativize).filter(p -> !p.toString().equals(Ledger.LOCK)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void delete(Path dir) {
        try (Stream<Path> all = Files.walk(dir)) {
            all.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a temporary folder left behind is no failure
        }
    }

    static void swap(Path a, Path b) throws IOException {
        byte[] first = Files.readAllBytes(a);
        Files.write(a, Files.readAllBytes(b));
        Files.write(b, first);
    }

    static String findings(Verification v) {
        return String.join("\n", Stream.concat(v.problems().stream(), v.notes().stream()).map(Object::toString).toList());
    }
}
