package org.quarterhour.ledger;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.quarterhour.hash.Sha256;
import org.quarterhour.json.Json;

/**
 * One group of appended entries, made durable together. Everything, the new HEAD too, is first written to
 * {@code tmp/}; then all of it is forced to disk at once; then objects are renamed into the store, then entries into
 * {@code entries/} in order, then HEAD. A writer stopped at any point leaves temporary files, objects no entry names
 * yet, or complete entries after HEAD — each of which {@code audit verify} notes, and the next append clears or takes
 * in (the intent file {@code tmp/commit.json} says which objects the stopped commit placed).
 */
final class Commit {
    static final String INTENT = "commit.json";
    static final String INTENT_SCHEMA = "quarterhour/ledger-commit/v1";

    private final Ledger ledger;
    private final Map<String, Path> objects = new LinkedHashMap<>();
    private final List<Path[]> entries = new ArrayList<>();
    /** What is to be written to {@code tmp/}, by name there: written, forced and closed all at once by {@link #finish}. */
    private final Map<Path, byte[]> staged = new LinkedHashMap<>();

    Commit(Ledger ledger) {
        this.ledger = ledger;
    }

    /** Stages an object unless the store or this commit already has it; returns its hash. */
    String object(byte[] bytes) {
        return object(Sha256.hex(bytes), bytes);
    }

    /** {@link #object(byte[])} for bytes whose hash the caller has just worked out. */
    String object(String hex, byte[] bytes) {
        if (!objects.containsKey(hex) && !ledger.objects().exists(hex)) {
            objects.put(hex, stage(hex.substring(0, 12), bytes));
        }
        return hex;
    }

    void entry(int seq, byte[] bytes) {
        entries.add(new Path[] {stage("entry", bytes), ledger.entryPath(seq)});
    }

    /** A file of {@code tmp/} to be written with the others. */
    private Path stage(String prefix, byte[] bytes) {
        Path tmp = Ledger.tmpFile(ledger.dir(), prefix);
        staged.put(tmp, bytes);
        return tmp;
    }

    void finish(Head head, Ledger.Steps steps) throws IOException, LedgerException {
        // the intent, each object and entry, and the new HEAD: created, written and forced on many threads at once (one
        // thread creating them one by one waits on the file system at each), then the intent moved into its place
        Path stagedIntent = stage("intent", intent(head));
        Path stagedHead = stage("HEAD", head.bytes());
        Disk.write(staged);
        Path intent = ledger.dir().resolve(Ledger.TMP).resolve(INTENT);
        Files.move(stagedIntent, intent, StandardCopyOption.ATOMIC_MOVE);
        steps.reached("staged");
        Set<Path> folders = new LinkedHashSet<>();
        for (Map.Entry<String, Path> o : objects.entrySet()) {
            Path target = ledger.objects().path(o.getKey());
            folders.add(target.getParent());
            try {
                Files.move(o.getValue(), target, StandardCopyOption.ATOMIC_MOVE);
            } catch (NoSuchFileException e) { // the object's folder is new (looked for only then: most are there already)
                Files.createDirectories(target.getParent());
                Files.move(o.getValue(), target, StandardCopyOption.ATOMIC_MOVE);
            }
        }
        steps.reached("objects");
        for (Path[] e : entries) {
            if (Files.exists(e[1])) {
                throw new LedgerException(e[1] + " already exists: another writer wrote without the lock");
            }
            Files.move(e[0], e[1], StandardCopyOption.ATOMIC_MOVE);
            steps.reached("entry");
        }
        Files.move(stagedHead, ledger.dir().resolve(Ledger.HEAD), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        folders.add(ledger.dir().resolve(Ledger.ENTRIES));
        folders.add(ledger.dir());
        Disk.force(folders);
        Files.delete(intent);
        objects.keySet().forEach(ledger.objects()::present);
        steps.reached("head");
    }

    /**
     * What this commit is about to place: the new objects and the entries' range. If the writer is stopped part-way,
     * the next append removes those objects that no entry which landed refers to, so that an interrupted append leaves
     * nothing behind (the store had none of them before this commit).
     */
    private byte[] intent(Head last) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("schema", INTENT_SCHEMA);
        m.put("objects", List.copyOf(objects.keySet()));
        m.put("first", last.seq() - entries.size() + 1);
        m.put("last", last.seq());
        return Json.canonical(m);
    }

    /** After a writer stopped part-way: the objects its commit placed that no landed entry refers to. */
    static Set<String> unlanded(Ledger ledger, Head landed) throws IOException {
        Path intent = ledger.dir().resolve(Ledger.TMP).resolve(INTENT);
        if (!Files.exists(intent)) {
            return Set.of();
        }
        JsonNode n;
        try {
            n = Json.mapper().readTree(Files.readAllBytes(intent));
        } catch (IOException e) {
            return Set.of(); // written in full before any object is placed: an unreadable intent placed nothing
        }
        if (n == null || !INTENT_SCHEMA.equals(n.path("schema").asText())) {
            return Set.of();
        }
        Set<String> placed = new LinkedHashSet<>();
        n.path("objects").forEach(o -> placed.add(o.asText()));
        try {
            for (int seq = n.path("first").asInt(); seq <= Math.min(landed.seq(), n.path("last").asInt()); seq++) {
                Entry e = Entry.parse(Files.readAllBytes(ledger.entryPath(seq)));
                placed.remove(e.objects().inventory());
                placed.remove(e.objects().verdict());
                placed.remove(e.objects().pack());
                PackSnapshot.parse(ledger.objects().get(e.objects().pack())).files().values().forEach(placed::remove);
            }
        } catch (IOException | LedgerException e) {
            return Set.of(); // cannot tell what the landed entries use: remove nothing
        }
        return placed;
    }
}
