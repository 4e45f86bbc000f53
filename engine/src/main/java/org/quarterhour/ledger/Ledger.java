package org.quarterhour.ledger;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.stream.Stream;
import org.quarterhour.SystemPaths;
import org.quarterhour.hash.Sha256;
import org.quarterhour.inventory.CanonicalInventory;
import org.quarterhour.inventory.InvalidInputException;
import org.quarterhour.inventory.Inventory;
import org.quarterhour.inventory.InventoryReader;
import org.quarterhour.json.Json;
import org.quarterhour.pack.Pack;
import org.quarterhour.pack.PackException;
import org.quarterhour.pack.PackReader;
import org.quarterhour.verdict.Verdict;

/**
 * A ledger folder (standards/ledger-format.md): {@code objects/} content-addressed, {@code entries/} one canonical JSON
 * file per verdict chained by hash, {@code HEAD} naming the last entry, {@code lock} held while appending.
 * Appends are safe against a writer killed at any point and against writers in other processes: objects and entries are
 * written to {@code tmp/} and renamed into place, the entry is forced to disk before it is renamed, and all of it happens
 * under the lock.
 */
public final class Ledger {
    public static final String HEAD = "HEAD";
    public static final String LOCK = "lock";
    public static final String ENTRIES = "entries";
    public static final String TMP = "tmp";
    static final int GROUP = 128;

    /** One lock per ledger folder within this process (a file lock is held per process, not per thread). */
    private static final Map<Path, ReentrantLock> IN_PROCESS = new ConcurrentHashMap<>();

    private static final java.security.SecureRandom RANDOM = new java.security.SecureRandom();

    private final Path dir;
    private final ObjectStore objects;
    private final Steps steps;
    private final Map<String, String> packTrees = new ConcurrentHashMap<>();
    /** Pack snapshots already rebuilt, by tree object: a ledger's entries share a handful of packs. */
    private final Map<String, Pack> rebuilt = new ConcurrentHashMap<>();

    /** Named points of an append, for tests that stop a writer there. */
    interface Steps {
        Steps NONE = step -> {
        };

        void reached(String step);
    }

    /**
     * A verdict with the inventory and pack it was scored from, and the overrides it was scored with; {@code canonical}
     * (null until {@link #prepared}) holds the bytes the ledger stores for it.
     */
    public record Scored(Verdict verdict, Inventory inventory, Pack pack, Overrides overrides, Canonical canonical) {
        public Scored(Verdict verdict, Inventory inventory, Pack pack, Overrides overrides) {
            this(verdict, inventory, pack, overrides, null);
        }

        /**
         * This with its canonical bytes worked out now, on the caller's thread: a batch's workers prepare what they
         * scored in parallel, so that the one thread that appends only writes. {@link #append} prepares what was not.
         */
        public Scored prepared() {
            return canonical != null ? this : prepared(CanonicalInventory.bytes(inventory));
        }

        /** {@link #prepared()} with the inventory's canonical bytes made already (once for every standard of a file). */
        public Scored prepared(CanonicalInventory.Bytes inventoryBytes) {
            if (canonical != null) {
                return this;
            }
            byte[] verdictBytes = Json.canonical(verdict);
            return new Scored(verdict, inventory, pack, overrides,
                    new Canonical(inventoryBytes.json(), inventoryBytes.sha256(), verdictBytes, Sha256.hex(verdictBytes)));
        }
    }

    /** The canonical JSON of a scored inventory and of its verdict, each with its SHA-256: the objects an entry names. */
    public record Canonical(byte[] inventory, String inventorySha256, byte[] verdict, String verdictSha256) {
    }

    private Ledger(Path dir, Steps steps) {
        this.dir = dir.toAbsolutePath().normalize();
        this.objects = new ObjectStore(this.dir);
        this.steps = steps;
    }

    /** The ledger in this folder (which need not exist until the first append). */
    public static Ledger at(Path dir) {
        return new Ledger(dir, Steps.NONE);
    }

    static Ledger at(Path dir, Steps steps) {
        return new Ledger(dir, steps);
    }

    public Path dir() {
        return dir;
    }

    /**
     * Whether the folder holds a ledger at all, whole or damaged: an entry folder, a HEAD, or an object store (a ledger
     * whose entries were removed is still one, and {@link #verify} says so).
     */
    public boolean exists() {
        return Files.isRegularFile(dir.resolve(HEAD)) || Files.isDirectory(dir.resolve(ENTRIES))
                || Files.isDirectory(objects.root());
    }

    /**
     * Whether a folder has a ledger's own marks, even where parts of it were removed: a HEAD file that names its schema,
     * an {@code objects/sha256/} store, or an {@code entries/} folder beside a {@code lock} or holding an entry file.
     * Stricter than {@link #exists} so that a folder of the user's that merely has sub-folders called {@code objects}
     * or {@code entries}, even both and empty, is not taken for one (an append makes {@code objects/sha256/} before
     * it writes a file, so every ledger has one of these marks).
     */
    public static boolean looksLikeOne(Path dir) {
        if (!Files.isDirectory(dir)) {
            return false;
        }
        if (Files.isDirectory(dir.resolve(ObjectStore.DIR).resolve(ObjectStore.ALGORITHM)) || namesHeadSchema(dir.resolve(HEAD))) {
            return true;
        }
        Path entries = dir.resolve(ENTRIES);
        if (!Files.isDirectory(entries)) {
            return false;
        }
        if (Files.isRegularFile(dir.resolve(LOCK))) {
            return true;
        }
        try (Stream<Path> names = Files.list(entries)) {
            return names.anyMatch(p -> p.getFileName().toString().matches("[0-9]{8,9}\\.json"));
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * Whether a folder holds anything but the names a ledger's folder holds (HEAD, lock, entries, tmp, objects): a
     * folder of the user's, which an append must not make a ledger of. A folder holding only those names is a ledger,
     * or one whose first append was cut short.
     */
    public static boolean holdsOtherThings(Path dir) throws IOException {
        Set<String> own = Set.of(HEAD, LOCK, ENTRIES, TMP, ObjectStore.DIR);
        try (Stream<Path> names = Files.list(dir)) {
            return names.anyMatch(p -> !own.contains(p.getFileName().toString()));
        }
    }

    private static boolean namesHeadSchema(Path head) {
        if (!Files.isRegularFile(head)) {
            return false;
        }
        try (var in = Files.newInputStream(head)) {
            return new String(in.readNBytes(256), java.nio.charset.StandardCharsets.UTF_8).contains(Head.SCHEMA);
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * The ledger folder that {@code path} is or lies in, placed as the system places it (links followed before a '..'
     * after them), or null: where nothing but an append may write. {@code path} need not exist yet.
     */
    public static Path holding(Path path) {
        for (Path p = SystemPaths.physicalOrAsWritten(path); p != null; p = p.getParent()) {
            if (looksLikeOne(p)) {
                return p;
            }
        }
        return null;
    }

    ObjectStore objects() {
        return objects;
    }

    Path entryPath(int seq) {
        return dir.resolve(ENTRIES).resolve(Entry.fileName(seq));
    }

    /** Appends one entry. */
    public Entry append(Verdict verdict, Inventory inventory, Pack pack, Overrides overrides) throws LedgerException {
        return append(List.of(new Scored(verdict, inventory, pack, overrides))).get(0);
    }

    /**
     * Appends one entry per verdict, in order, under one hold of the lock; made durable in groups of {@value #GROUP}
     * (one round of fsyncs per group, see {@link Commit}).
     */
    public List<Entry> append(List<Scored> scored) throws LedgerException {
        for (Scored s : scored) {
            if (s.verdict().verdictId() == null || s.verdict().recordedAt() == null) {
                throw new IllegalArgumentException("only a verdict with its id and recorded_at can be recorded");
            }
            if (!s.pack().sha256().equals(s.verdict().standard().packSha256())) {
                throw new IllegalArgumentException("the verdict " + s.verdict().verdictId() + " was not scored with this pack");
            }
        }
        Path real;
        try {
            Files.createDirectories(dir.resolve(ENTRIES));
            Files.createDirectories(dir.resolve(TMP));
            Files.createDirectories(objects.root());
            real = dir.toRealPath();
        } catch (IOException e) {
            throw new LedgerException("cannot create the ledger at " + dir + ": " + e.getMessage(), e);
        }
        ReentrantLock local = IN_PROCESS.computeIfAbsent(real, d -> new ReentrantLock());
        local.lock();
        try (FileChannel channel = FileChannel.open(dir.resolve(LOCK), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                FileLock held = channel.lock()) {
            Head head = repair();
            List<Entry> entries = new ArrayList<>();
            for (int from = 0; from < scored.size(); from += GROUP) {
                Commit commit = new Commit(this);
                Map<String, String> trees = new HashMap<>();
                for (Scored s : scored.subList(from, Math.min(scored.size(), from + GROUP))) {
                    Entry entry = stage(commit, head, s, trees);
                    byte[] bytes = entry.bytes();
                    commit.entry(entry.seq(), bytes);
                    head = new Head(entry.seq(), Sha256.hex(bytes));
                    entries.add(entry);
                }
                commit.finish(head, steps);
                packTrees.putAll(trees);
            }
            return entries;
        } catch (IOException e) {
            throw new LedgerException("cannot write the ledger at " + dir + ": " + e.getMessage(), e);
        } finally {
            local.unlock();
        }
    }

    /** Stages one verdict's objects and returns its entry (the one after {@code head}). */
    private Entry stage(Commit commit, Head head, Scored s, Map<String, String> trees) {
        Verdict v = s.verdict();
        Canonical c = s.prepared().canonical();
        if (!c.inventorySha256().equals(v.inventorySha256())) {
            throw new IllegalArgumentException("the verdict " + v.verdictId() + " was not scored from this inventory");
        }
        Entry.Objects objects = new Entry.Objects(commit.object(c.inventorySha256(), c.inventory()), packTree(commit, s.pack(), trees),
                commit.object(c.verdictSha256(), c.verdict()));
        return Entry.of(head.seq() + 1, head.sha256(), v, s.overrides(), objects, s.pack().location());
    }

    /** Stages a pack's files and its tree, unless this ledger already stored that pack. */
    private String packTree(Commit commit, Pack pack, Map<String, String> trees) {
        String known = packTrees.getOrDefault(pack.sha256(), trees.get(pack.sha256()));
        if (known != null) {
            return known;
        }
        for (byte[] bytes : pack.files().values()) {
            commit.object(bytes);
        }
        String tree = commit.object(PackSnapshot.of(pack).bytes());
        trees.put(pack.sha256(), tree);
        return tree;
    }

    /** HEAD replaced whole: written to {@code tmp/}, forced, then renamed over the old one. */
    void writeHead(Head head) throws IOException {
        Path staged = tmpFile(dir, "HEAD");
        Files.write(staged, head.bytes(), StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        Disk.force(staged);
        Files.move(staged, dir.resolve(HEAD), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    /**
     * Before appending, under the lock: checks that HEAD names the last entry, takes in any complete entry that follows
     * HEAD (a writer stopped after writing its entry and before moving HEAD), removes the objects a stopped writer
     * placed that no entry refers to, and clears {@code tmp/}. Anything else is refused: an append never builds on a
     * ledger that does not hold together.
     */
    private Head repair() throws IOException, LedgerException {
        Head head;
        try {
            head = readHead();
        } catch (LedgerException e) {
            throw refuse(e.getMessage());
        }
        if (head.seq() > 0) {
            byte[] last = readEntry(head.seq(), "HEAD names entry " + head.seq() + " but ");
            if (!Sha256.hex(last).equals(head.sha256())) {
                throw refuse("HEAD records entry " + head.seq() + " with sha256 " + head.sha256() + " but "
                        + ENTRIES + "/" + Entry.fileName(head.seq()) + " hashes to " + Sha256.hex(last));
            }
        }
        Head moved = head;
        while (Files.exists(entryPath(moved.seq() + 1))) {
            int seq = moved.seq() + 1;
            if (head.seq() == 0 && seq > 1) {
                throw refuse("HEAD is missing and there is more than one entry");
            }
            byte[] bytes = readEntry(seq, "");
            String why = followsFrom(moved, bytes);
            if (why != null) {
                throw refuse(ENTRIES + "/" + Entry.fileName(seq) + " follows HEAD but " + why);
            }
            moved = new Head(seq, Sha256.hex(bytes));
        }
        if (moved != head) {
            writeHead(moved);
        }
        for (String hex : Commit.unlanded(this, moved)) {
            Files.deleteIfExists(objects.path(hex));
        }
        try (Stream<Path> left = Files.list(dir.resolve(TMP))) {
            for (Path p : left.toList()) {
                Files.deleteIfExists(p);
            }
        }
        return moved;
    }

    /** Why an entry file cannot be the one after {@code head}, or null when it is a complete next entry. */
    String followsFrom(Head head, byte[] bytes) {
        Entry e;
        try {
            e = Entry.parse(bytes);
        } catch (LedgerException x) {
            return "it is " + x.getMessage();
        }
        if (e.seq() != head.seq() + 1) {
            return "it holds entry " + e.seq();
        }
        if (!java.util.Objects.equals(e.prev(), head.sha256())) {
            return "its prev is " + e.prev() + ", not the sha256 of entry " + head.seq() + " (" + head.sha256() + ")";
        }
        for (String hex : List.of(e.objects().inventory(), e.objects().pack(), e.objects().verdict())) {
            if (!objects.exists(hex)) {
                return "its object " + hex + " is missing";
            }
        }
        return null;
    }

    private LedgerException refuse(String why) {
        return LedgerException.damage("the ledger at " + dir + " does not hold together, so nothing was appended: " + why
                + "; run 'quarterhour audit verify --ledger " + dir + "' to see every problem");
    }

    Head readHead() throws LedgerException {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(dir.resolve(HEAD));
        } catch (NoSuchFileException e) {
            return Head.EMPTY;
        } catch (IOException e) {
            throw new LedgerException("cannot read " + dir.resolve(HEAD) + ": " + e.getMessage(), e);
        }
        return Head.parse(bytes);
    }

    private byte[] readEntry(int seq, String context) throws LedgerException {
        try {
            return Files.readAllBytes(entryPath(seq));
        } catch (NoSuchFileException e) {
            throw refuse(context + ENTRIES + "/" + Entry.fileName(seq) + " is missing");
        } catch (IOException e) {
            throw new LedgerException("cannot read " + entryPath(seq) + ": " + e.getMessage(), e);
        }
    }

    /**
     * Every entry, in order: those HEAD covers and any complete ones after it. Reads entry files only ({@link #verify}
     * is what checks them), but refuses a ledger with an entry missing before HEAD.
     */
    public List<Entry> entries() throws LedgerException {
        if (!exists()) {
            throw new LedgerException("no ledger at " + dir);
        }
        int covered = readHead().seq();
        List<Entry> entries = new ArrayList<>();
        for (int seq = 1; seq <= covered || Files.exists(entryPath(seq)); seq++) {
            byte[] bytes;
            try {
                bytes = Files.readAllBytes(entryPath(seq));
            } catch (NoSuchFileException e) {
                throw LedgerException.damage(entryPath(seq) + " is missing, though HEAD names entry " + covered
                        + " (run 'quarterhour audit verify --ledger " + dir + "')");
            } catch (IOException e) {
                throw new LedgerException("cannot read " + entryPath(seq) + ": " + e.getMessage(), e);
            }
            try {
                entries.add(Entry.parse(bytes));
            } catch (LedgerException e) {
                throw LedgerException.damage(entryPath(seq) + ": " + e.getMessage() + " (run 'quarterhour audit verify --ledger " + dir + "')");
            }
        }
        return entries;
    }

    /**
     * The entries that can be read, and what the entry files and HEAD alone show wrong with the chain (no object is
     * read): cheap enough to go with every listing. {@link #verify} checks everything.
     */
    public Listing listing() throws LedgerException {
        if (!exists()) {
            throw new LedgerException("no ledger at " + dir);
        }
        return Listing.read(this);
    }

    /** The entries whose verdict id is {@code id}, or starts with it ("sha256:" may be left off). */
    public List<Entry> find(String id) throws LedgerException {
        return Listing.matching(entries(), id);
    }

    /** Checks every object's hash and the whole chain. */
    public Verification verify() throws LedgerException {
        if (!Files.isDirectory(dir)) {
            throw new LedgerException("no ledger at " + dir);
        }
        return new Verifier(this).run();
    }

    /** An object's bytes, checked against its hash. */
    public byte[] object(String hex) throws LedgerException {
        return objects.get(hex);
    }

    /** The recorded verdict, as its canonical JSON bytes. */
    public byte[] verdict(Entry entry) throws LedgerException {
        return objects.get(entry.objects().verdict());
    }

    /** The recorded inventory, read back from its canonical JSON with the inventory reader. */
    public Inventory inventory(Entry entry, InventoryReader reader) throws LedgerException, InvalidInputException {
        String hex = entry.objects().inventory();
        return reader.parse(objects.get(hex), "ledger:" + ObjectStore.DIR + "/" + ObjectStore.ALGORITHM + "/" + hex);
    }

    /** The recorded pack snapshot, rebuilt from its objects (never from a rules folder), once per tree. */
    public Pack pack(Entry entry) throws LedgerException, PackException {
        String tree = entry.objects().pack();
        Pack known = rebuilt.get(tree);
        if (known != null) {
            return known;
        }
        PackSnapshot snapshot = PackSnapshot.parse(objects.get(tree));
        SortedMap<String, byte[]> files = new TreeMap<>();
        for (Map.Entry<String, String> f : snapshot.files().entrySet()) {
            files.put(f.getKey(), objects.get(f.getValue()));
        }
        Pack pack = PackReader.fromFiles("ledger:" + snapshot.ref() + "@" + tree.substring(0, 12), files);
        if (!pack.sha256().equals(snapshot.packSha256())) {
            throw LedgerException.damage("the pack snapshot " + tree + " does not rebuild the pack it names");
        }
        rebuilt.put(tree, pack);
        return pack;
    }

    /** A fresh name in {@code tmp/} (created with the default permissions, so that auditors can read what is renamed). */
    static Path tmpFile(Path dir, String prefix) {
        return dir.resolve(TMP).resolve(prefix + "-" + Long.toHexString(RANDOM.nextLong()) + ".tmp");
    }

}
