package org.quarterhour.ledger;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.state.Action;
import net.jqwik.api.state.ActionChain;
import net.jqwik.api.state.Transformer;
import org.quarterhour.Inventories;
import org.quarterhour.Repo;
import org.quarterhour.inventory.Inventory;
import org.quarterhour.json.Json;
import org.quarterhour.pack.Pack;
import org.quarterhour.verdict.Verdict;

/** What must hold for any ledger: it replays what it appended, byte for byte, and no changed byte goes unnoticed. */
class LedgerProperties {
    private static final List<Pack> PACKS = List.of(Ledgers.HANGJIN, Ledgers.CHUZHOU, Repo.pack("shenzhen@2023.09"),
            Repo.pack("kaifeng@2025.05"), Repo.pack("xiayi@2023.draft"));

    @Provide
    Arbitrary<List<Inventory>> communities() {
        return Inventories.inventories().list().ofMinSize(1).ofMaxSize(4);
    }

    @Provide
    Arbitrary<Pack> packs() {
        return Arbitraries.of(PACKS);
    }

    private static Ledger.Scored scored(Inventory inventory, Pack pack) {
        return Ledgers.scored(inventory, pack);
    }

    @Property(tries = 40)
    void every_entry_replays_to_the_very_bytes_it_recorded(@ForAll("communities") List<Inventory> communities,
            @ForAll("packs") Pack pack) throws Exception {
        Path dir = Ledgers.fresh();
        try {
            Ledger ledger = Ledger.at(dir);
            List<byte[]> recorded = new ArrayList<>();
            for (Inventory inventory : communities) {
                Ledger.Scored s = scored(inventory, pack);
                ledger.append(List.of(s));
                recorded.add(Json.canonical(s.verdict()));
            }
            Replayer replayer = new Replayer(ledger, Repo.engine());
            List<Entry> entries = ledger.entries();
            assertEquals(recorded.size(), entries.size());
            for (int i = 0; i < entries.size(); i++) {
                Entry e = entries.get(i);
                assertArrayEquals(recorded.get(i), ledger.verdict(e));
                Verdict again = Repo.engine().score(ledger.inventory(e, Repo.inventories()), ledger.pack(e), e.overrides().detourFactor());
                assertArrayEquals(recorded.get(i), Json.canonical(again.withIdentity(again.verdictId(), e.recordedAt())));
                assertEquals(Replay.Result.IDENTICAL, replayer.replay(e).result());
            }
        } finally {
            Ledgers.delete(dir);
        }
    }

    /** A byte flipped, deleted or inserted somewhere in one file of the ledger. */
    record Tamper(String kind, int file, int position, int value) {
        byte[] apply(byte[] bytes) {
            if (kind.equals("insert")) {
                int at = Math.floorMod(position, bytes.length + 1);
                byte[] out = new byte[bytes.length + 1];
                System.arraycopy(bytes, 0, out, 0, at);
                out[at] = (byte) value;
                System.arraycopy(bytes, at, out, at + 1, bytes.length - at);
                return out;
            }
            int at = Math.floorMod(position, bytes.length);
            if (kind.equals("flip")) {
                byte[] out = bytes.clone();
                out[at] = (byte) (out[at] ^ (1 + Math.floorMod(value, 255)));
                return out;
            }
            byte[] out = new byte[bytes.length - 1];
            System.arraycopy(bytes, 0, out, 0, at);
            System.arraycopy(bytes, at + 1, out, at, bytes.length - at - 1);
            return out;
        }
    }

    @Provide
    Arbitrary<Tamper> tampers() {
        return Combinators.combine(Arbitraries.of("flip", "delete", "insert"), Arbitraries.integers().greaterOrEqual(0),
                Arbitraries.integers(), Arbitraries.integers().between(0, 255)).as(Tamper::new);
    }

    @Property(tries = 120)
    void every_flipped_deleted_or_inserted_byte_is_detected_and_an_untouched_ledger_raises_no_alarm(
            @ForAll("communities") List<Inventory> communities, @ForAll("packs") Pack pack, @ForAll("tampers") Tamper tamper)
            throws Exception {
        Path dir = Ledgers.fresh();
        try {
            Ledger ledger = Ledger.at(dir);
            for (Inventory inventory : communities) {
                ledger.append(List.of(scored(inventory, pack)));
            }
            Verification untouched = ledger.verify();
            assertTrue(untouched.intact(), Ledgers.findings(untouched));
            assertEquals(List.of(), untouched.notes());
            List<Path> files = new ArrayList<>(Ledgers.files(dir));
            if (tamper.kind().equals("insert")) {
                files.add(Path.of(Ledger.LOCK));
            }
            Path target = dir.resolve(files.get(tamper.file() % files.size()));
            byte[] before = Files.readAllBytes(target);
            byte[] after = tamper.apply(before);
            Files.write(target, after);
            Verification v = Ledger.at(dir).verify();
            assertFalse(v.intact(), tamper + " on " + dir.relativize(target) + " went unnoticed");
        } finally {
            Ledgers.delete(dir);
        }
    }

    /** The ledger as a state machine: appends (some stopped part-way), replays and verifications in any order. */
    static final class Model {
        final Path dir = Ledgers.fresh();
        final List<byte[]> recorded = new ArrayList<>();

        Ledger ledger() {
            return Ledger.at(dir);
        }

        List<Entry> entries() throws LedgerException {
            return ledger().exists() ? ledger().entries() : List.of();
        }
    }

    /** Thrown from a step to stop a writer there, as a killed process would stop. */
    static final class Stopped extends RuntimeException {
        Stopped() {
            super(null, null, false, false);
        }
    }

    static final class Append implements Action.Independent<Model> {
        @Override
        public Arbitrary<Transformer<Model>> transformer() {
            return Combinators.combine(Inventories.inventories(), Arbitraries.of(PACKS)).as((inventory, pack) ->
                    Transformer.mutate("append under " + pack.manifest().ref(), model -> {
                        Ledger.Scored s = scored(inventory, pack);
                        try {
                            model.ledger().append(List.of(s));
                        } catch (LedgerException e) {
                            throw new AssertionError(e.getMessage(), e);
                        }
                        model.recorded.add(Json.canonical(s.verdict()));
                    }));
        }
    }

    static final class StoppedAppend implements Action.Independent<Model> {
        @Override
        public Arbitrary<Transformer<Model>> transformer() {
            return Combinators.combine(Inventories.inventories(), Arbitraries.of("staged", "objects", "entry", "head"))
                    .as((inventory, step) -> Transformer.mutate("append stopped after " + step, model -> {
                        Ledger.Scored s = scored(inventory, Ledgers.HANGJIN);
                        Ledger stopping = Ledger.at(model.dir, reached -> {
                            if (reached.equals(step)) {
                                throw new Stopped();
                            }
                        });
                        try {
                            stopping.append(List.of(s));
                            throw new AssertionError("the append did not stop at " + step);
                        } catch (Stopped expected) {
                            if (step.equals("entry") || step.equals("head")) {
                                model.recorded.add(Json.canonical(s.verdict()));
                            }
                        } catch (LedgerException e) {
                            throw new AssertionError(e.getMessage(), e);
                        }
                    }));
        }
    }

    static final class ReplayAll implements Action.Independent<Model> {
        @Override
        public Arbitrary<Transformer<Model>> transformer() {
            return Arbitraries.just(Transformer.mutate("replay every entry", model -> {
                try {
                    Replayer replayer = new Replayer(model.ledger(), Repo.engine());
                    for (Entry e : model.entries()) {
                        assertEquals(Replay.Result.IDENTICAL, replayer.replay(e).result(), "entry " + e.seq());
                    }
                } catch (LedgerException e) {
                    throw new AssertionError(e.getMessage(), e);
                }
            }));
        }
    }

    @Provide
    Arbitrary<ActionChain<Model>> histories() {
        return ActionChain.startWith(Model::new)
                .withAction(3, new Append())
                .withAction(2, new StoppedAppend())
                .withAction(1, new ReplayAll())
                .withMaxTransformations(8);
    }

    @Property(tries = 20)
    void a_ledger_holds_exactly_what_was_appended_however_appends_were_stopped(@ForAll("histories") ActionChain<Model> chain) {
        Model end = chain.withInvariant("verifies intact and holds what was appended", model -> {
            try {
                Verification v = model.ledger().verify();
                assertTrue(v.intact(), Ledgers.findings(v));
                List<Entry> entries = model.entries();
                assertEquals(model.recorded.size(), entries.size());
                for (int i = 0; i < entries.size(); i++) {
                    assertTrue(Arrays.equals(model.recorded.get(i), model.ledger().verdict(entries.get(i))), "entry " + (i + 1));
                }
            } catch (LedgerException e) {
                throw new AssertionError(e.getMessage(), e);
            }
        }).run();
        Ledgers.delete(end.dir);
    }
}
