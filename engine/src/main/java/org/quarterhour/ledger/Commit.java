package org.quarterhour.ledger;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.quarterhour.hash.Sha256;
import org.quarterhour.json.Json;

/**
 * One group of appended entries, made durable together. Everything is first written to {@code tmp/}; then all of it
 * is forced to disk at once; then objects are renamed into the store, then entries into {@code entries/} in order,
 * then HEAD. A writer stopped at any point leaves temporary files, objects no entry names yet, or complete entries
 * after HEAD — each of which {@code audit verify} notes, and the next append clears or takes in (the intent file
 * {@code tmp/commit.json} says which objects the stopped commit placed).
 */
final class Commit {
    static final String INTENT = "commit.json";
    static final String INTENT_SCHEMA = "quarterhour/ledger-commit/v1";

    private final Ledger ledger;
    private final Map<String, Path> objects = new LinkedHashMap<>();
    private final List<Path[]> entries = new ArrayList<>();
    private final List<FileChannel> open = new ArrayList<>();

    Commit(Ledger ledger) {
        this.ledger = ledger;
    }

    /** Stages an object unless the store or this commit already has it; returns its hash. */
    String object(byte[] bytes) throws IOException {
        return object(Sha256.hex(bytes), bytes);
    }

    /** {@link #object(byte[])} for bytes whose hash the caller has just worked out. */
    String object(String hex, byte[] bytes) throws IOException {
        if (!objects.containsKey(hex) && !ledger.objects().exists(hex)) {
            objects.put(hex, write(hex.substring(0, 12), bytes));
        }
        return hex;
    }

    void entry(int seq, byte[] bytes) throws IOException {
        entries.add(new Path[] {write("entry", bytes), ledger.entryPath(seq)});
    }

    /** Writes a file to {@code tmp/} and keeps it open until it is forced. */
    private Path write(String prefix, byte[] bytes) throws IOException {
        Path tmp = Ledger.tmpFile(ledger.dir(), prefix);
        FileChannel file = FileChannel.open(tmp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        open.add(file);
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        while (buffer.hasRemaining()) {
            file.write(buffer);
        }
        return tmp;
    }

    /** Closes what is still open (after a failure part-way). */
    void close() {
        for (FileChannel f : open) {
            try {
                f.close();
            } catch (IOException e) {
                // closing a temporary file that will be removed anyway
            }
        }
        open.clear();
    }

    private void forceAndClose() throws IOException {
        try {
            Disk.forceOpen(open);
        } finally {
            close();
        }
    }

    void finish(Head head, Ledger.Steps steps) throws IOException, LedgerException {
        Path intent = ledger.dir().resolve(Ledger.TMP).resolve(INTENT);
        Files.move(write("intent", intent(head)), intent, StandardCopyOption.ATOMIC_MOVE);
        forceAndClose();
        steps.reached("staged");
        Set<Path> folders = new LinkedHashSet<>();
        for (Map.Entry<String, Path> o : objects.entrySet()) {
            Path target = ledger.objects().path(o.getKey());
            if (folders.add(target.getParent())) {
                Files.createDirectories(target.getParent());
            }
            Files.move(o.getValue(), target, StandardCopyOption.ATOMIC_MOVE);
        }
        steps.reached("objects");
        for (Path[] e : entries) {
            if (Files.exists(e[1])) {
                throw new LedgerException(e[1] + " already exists: another writer wrote without the lock");
            }
            Files.move(e[0], e[1], StandardCopyOption.ATOMIC_MOVE);
            steps.reached("entry");
        }
        ledger.writeHead(head);
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
