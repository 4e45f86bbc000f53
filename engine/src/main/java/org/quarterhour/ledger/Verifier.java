package org.quarterhour.ledger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.quarterhour.hash.Sha256;
import org.quarterhour.json.Json;

/**
 * Checks a ledger byte for byte: every object against its name, every entry against the next one's {@code prev} and the
 * last against HEAD, every entry against its verdict and pack snapshot, and every file in the folder for a place in it.
 */
final class Verifier {
    private static final Set<String> ROOT = Set.of(Ledger.HEAD, Ledger.LOCK, Ledger.ENTRIES, ObjectStore.DIR, Ledger.TMP);

    private final Ledger ledger;
    private final List<Verification.Finding> problems = new ArrayList<>();
    private final List<Verification.Finding> notes = new ArrayList<>();
    private final Map<String, String> objectProblems = new HashMap<>();
    private final Set<String> referenced = new HashSet<>();
    private final Set<String> sound = new HashSet<>();
    /**
     * What holds references that could not be read whole — an entry file that is no entry, a pack snapshot missing or
     * changed — with the entries it concerns. Objects nothing readable names may be theirs, so they are not called
     * unreferenced one by one.
     */
    private final Map<String, Set<Integer>> unreadable = new LinkedHashMap<>();
    /** Pack snapshots that did not hash to their name, whose file list was read as it now stands. */
    private final Set<String> salvaged = new HashSet<>();

    Verifier(Ledger ledger) {
        this.ledger = ledger;
    }

    private void problem(int entry, String message) {
        problems.add(new Verification.Finding(entry, message));
    }

    private void note(int entry, String message) {
        notes.add(new Verification.Finding(entry, message));
    }

    Verification run() throws LedgerException {
        try {
            checkRoot();
            Head head = head();
            SortedMap<Integer, byte[]> files = entryFiles();
            int covered = head == null ? files.isEmpty() ? 0 : files.lastKey() : head.seq();
            int pending = checkEntries(files, head, covered);
            int objects = checkObjects();
            checkTmp();
            problems.sort(java.util.Comparator.comparingInt(Verification.Finding::entry));
            return new Verification(ledger.dir(), covered, pending, objects, head == null ? null : head.sha256(), problems, notes);
        } catch (IOException e) {
            throw new LedgerException("cannot read the ledger at " + ledger.dir() + ": " + e.getMessage(), e);
        }
    }

    private void checkRoot() throws IOException {
        try (Stream<Path> files = Files.list(ledger.dir())) {
            for (Path p : files.sorted().toList()) {
                String name = p.getFileName().toString();
                if (!ROOT.contains(name)) {
                    problem(0, name + " was added: it is not part of a ledger");
                } else if (name.equals(Ledger.LOCK) && Files.size(p) != 0) {
                    problem(0, "lock holds " + Files.size(p) + " bytes; the ledger never writes to it, so it was changed");
                }
            }
        }
    }

    /** HEAD, or null where it cannot be read (a problem already). */
    private Head head() {
        try {
            return ledger.readHead();
        } catch (LedgerException e) {
            problem(0, e.getMessage());
            return null;
        }
    }

    private SortedMap<Integer, byte[]> entryFiles() throws IOException {
        SortedMap<Integer, byte[]> files = new TreeMap<>();
        Path dir = ledger.dir().resolve(Ledger.ENTRIES);
        if (!Files.isDirectory(dir)) {
            if (ledger.exists()) {
                // an append makes entries/ before anything else, so a ledger without it lost its entries
                problem(0, Ledger.ENTRIES + "/ is missing: the entries were removed");
            }
            return files;
        }
        try (Stream<Path> list = Files.list(dir)) {
            for (Path p : list.sorted().toList()) {
                String name = p.getFileName().toString();
                int seq = Entry.seqOf(name);
                if (seq == 0) {
                    problem(0, Ledger.ENTRIES + "/" + name + " was added: it is not an entry file name");
                } else {
                    files.put(seq, Files.readAllBytes(p));
                }
            }
        }
        return files;
    }

    /** Checks entries 1.. to the last file or HEAD, whichever is further; returns how many follow HEAD complete. */
    private int checkEntries(SortedMap<Integer, byte[]> files, Head head, int covered) {
        int last = Math.max(covered, files.isEmpty() ? 0 : files.lastKey());
        boolean headless = head != null && head.seq() == 0 && last > 1;
        if (headless) {
            // Ledger.repair refuses this too: without HEAD, entries removed from the end could not be told
            problem(0, "HEAD is missing, so the end of the ledger cannot be checked (entries go up to " + last + "); appends are"
                    + " refused until HEAD is put back from a copy of the ledger (or from the HEAD line an earlier"
                    + " 'audit verify' printed)");
        }
        Map<Integer, String> sha = new HashMap<>();
        Map<Integer, String> prev = new HashMap<>();
        for (int seq = 1; seq <= last; seq++) {
            byte[] bytes = files.get(seq);
            if (bytes == null) {
                problem(seq, seq > (files.isEmpty() ? 0 : files.lastKey())
                        ? "missing: HEAD names entry " + covered + " but the entries end at " + (files.isEmpty() ? 0 : files.lastKey())
                                + ", so the ledger was truncated"
                        : "missing: " + Ledger.ENTRIES + "/" + Entry.fileName(seq) + " was removed");
                continue;
            }
            sha.put(seq, Sha256.hex(bytes));
            Entry entry;
            try {
                entry = Entry.parse(bytes);
            } catch (LedgerException e) {
                problem(seq, "changed: " + Ledger.ENTRIES + "/" + Entry.fileName(seq) + " is " + e.getMessage());
                unreadable.computeIfAbsent(Ledger.ENTRIES + "/" + Entry.fileName(seq) + " is no entry", k -> new TreeSet<>());
                continue;
            }
            prev.put(seq, entry.prev() == null ? "" : entry.prev());
            if (entry.seq() != seq) {
                problem(seq, Ledger.ENTRIES + "/" + Entry.fileName(seq) + " holds entry " + entry.seq()
                        + ": entries were reordered or renamed");
            }
            if (seq == 1 && entry.prev() != null) {
                problem(seq, "changed: the first entry has a prev (" + entry.prev() + "); entries before it were removed");
            }
            new EntryCheck(seq, entry).run();
        }
        checkLinks(sha, prev, head, last);
        // what the next append takes in (Ledger.repair): every entry after HEAD, if all of them are clean and HEAD is
        // there or names nothing but a first entry; else the append refuses, and the problems say why
        if (headless || head == null || head.seq() > 0 && !head.sha256().equals(sha.get(head.seq()))) {
            return 0;
        }
        for (int seq = covered + 1; seq <= last; seq++) {
            int at = seq;
            if (!sha.containsKey(seq) || problems.stream().anyMatch(f -> f.entry() == at)) {
                return 0;
            }
        }
        for (int seq = covered + 1; seq <= last; seq++) {
            note(seq, "complete but not yet named by HEAD (an append stopped before moving HEAD); the next append takes it in");
        }
        return last - covered;
    }

    /**
     * Each entry's {@code prev} against the previous entry's hash, and HEAD against the last. A broken link blames the
     * earlier entry — unless the later one's own next link is broken too, which means the later one changed (its prev).
     */
    private void checkLinks(Map<Integer, String> sha, Map<Integer, String> prev, Head head, int last) {
        Map<Integer, Boolean> broken = new HashMap<>();
        for (int seq = 2; seq <= last + 1; seq++) {
            String was = seq <= last ? prev.get(seq) : head == null || head.seq() == 0 ? null : head.seq() == last ? head.sha256() : null;
            String is = sha.get(seq - 1);
            broken.put(seq, was != null && is != null && !was.equals(is));
        }
        for (int seq = 2; seq <= last + 1; seq++) {
            if (!broken.get(seq)) {
                continue;
            }
            boolean earlierConfirmed = head != null && head.seq() == seq - 1 && head.sha256().equals(sha.get(seq - 1));
            boolean laterChanged = seq <= last && (broken.getOrDefault(seq + 1, false) || earlierConfirmed);
            int blamed = laterChanged ? seq : seq - 1;
            String by = seq <= last ? "entry " + seq + " records" : "HEAD records";
            String was = seq <= last ? prev.get(seq) : head.sha256();
            problem(blamed, laterChanged
                    ? "changed: its prev " + was + " is not the sha256 of entry " + (seq - 1) + " (" + sha.get(seq - 1) + ")"
                    : "changed" + (seq > last ? " (or HEAD changed)" : "") + ": " + by + " its sha256 as " + was + " but it hashes to "
                            + sha.get(seq - 1));
        }
        if (head != null && head.seq() > 0 && head.seq() < last && sha.containsKey(head.seq())
                && !sha.get(head.seq()).equals(head.sha256())) {
            problem(head.seq(), "changed (or HEAD changed): HEAD records its sha256 as " + head.sha256() + " but it hashes to "
                    + sha.get(head.seq()));
        }
    }

    /** One entry against its objects: each present and unchanged, and saying what the entry says. */
    private final class EntryCheck {
        private final int seq;
        private final Entry entry;

        EntryCheck(int seq, Entry entry) {
            this.seq = seq;
            this.entry = entry;
        }

        void run() {
            object("inventory", entry.objects().inventory(), false);
            byte[] verdict = object("verdict", entry.objects().verdict(), true);
            byte[] tree = object("pack snapshot", entry.objects().pack(), true);
            if (tree != null) {
                pack(tree);
            } else {
                salvage(entry.objects().pack());
            }
            if (verdict != null) {
                verdict(verdict);
            }
        }

        private byte[] object(String role, String hex, boolean needBytes) {
            if (!ObjectStore.isName(hex)) {
                problem(seq, role + " '" + hex + "' is not an object name");
                return null;
            }
            referenced.add(hex);
            String known = objectProblems.get(hex);
            if (known != null) {
                problem(seq, role + ": " + known);
                return null;
            }
            if (!needBytes && sound.contains(hex)) {
                return new byte[0];
            }
            try {
                byte[] bytes = ledger.objects().get(hex);
                sound.add(hex);
                return bytes;
            } catch (LedgerException e) {
                objectProblems.put(hex, e.getMessage());
                problem(seq, role + ": " + e.getMessage());
                return null;
            }
        }

        /**
         * A pack snapshot that is missing or changed: the files it lists as it now stands are not called unreferenced
         * (they are its files, unless that list was what changed); where it cannot be read, that is said instead.
         */
        private void salvage(String hex) {
            if (!ObjectStore.isName(hex)) {
                return; // the entry names no object at all: nothing of the store can be its
            }
            if (!salvaged.contains(hex)) {
                try {
                    JsonNode files = Json.mapper().readTree(Files.readAllBytes(ledger.objects().path(hex))).path("files");
                    files.forEach(f -> {
                        if (ObjectStore.isName(f.asText(null))) {
                            referenced.add(f.asText());
                        }
                    });
                    salvaged.add(hex);
                } catch (IOException | RuntimeException e) {
                    // missing, or no longer JSON: its files cannot be told
                }
            }
            unread("the pack snapshot " + hex.substring(0, 12) + (salvaged.contains(hex) ? " has changed" : " cannot be read"));
        }

        private void unread(String what) {
            unreadable.computeIfAbsent(what, k -> new TreeSet<>()).add(seq);
        }

        private void pack(byte[] tree) {
            PackSnapshot snapshot;
            try {
                snapshot = PackSnapshot.parse(tree);
            } catch (LedgerException e) {
                problem(seq, "pack snapshot " + entry.objects().pack() + ": " + e.getMessage());
                unread("the pack snapshot " + entry.objects().pack().substring(0, 12) + " cannot be read");
                return;
            }
            snapshot.files().forEach((path, hex) -> object("pack file " + path, hex, false));
            if (!snapshot.listedSha256().equals(snapshot.packSha256())) {
                problem(seq, "pack snapshot " + entry.objects().pack() + " lists files whose fingerprint is " + snapshot.listedSha256()
                        + ", not the pack_sha256 it names (" + snapshot.packSha256() + ")");
            }
            agree("the pack snapshot's pack_sha256", entry.standard().packSha256(), snapshot.packSha256());
            agree("the pack snapshot's standard", entry.standard().ref(), snapshot.ref());
        }

        private void verdict(byte[] bytes) {
            JsonNode v;
            try {
                v = Json.mapper().readTree(bytes);
            } catch (IOException e) {
                problem(seq, "verdict " + entry.objects().verdict() + " is not JSON");
                return;
            }
            ObjectNode content = v.deepCopy();
            content.putNull("verdict_id");
            content.putNull("recorded_at");
            String id = "sha256:" + Json.sha256(content);
            agree("the verdict's own id", id, v.path("verdict_id").asText());
            agree("verdict_id", entry.verdictId(), v.path("verdict_id").asText());
            agree("recorded_at", entry.recordedAt(), v.path("recorded_at").asText());
            agree("community.id", entry.community().id(), v.at("/community/id").asText());
            agree("community.name", entry.community().name(), v.at("/community/name").asText());
            agree("standard", entry.standard().ref(), v.at("/standard/id").asText() + "@" + v.at("/standard/version").asText());
            agree("standard.pack_sha256", entry.standard().packSha256(), v.at("/standard/pack_sha256").asText());
            agree("total", entry.total() == null ? "null" : entry.total().stripTrailingZeros().toPlainString(),
                    v.path("total").isNull() ? "null" : v.path("total").decimalValue().stripTrailingZeros().toPlainString());
            agree("outcome", entry.outcome().code() + " " + entry.outcome().label() + " " + entry.outcome().rank(),
                    v.at("/outcome/code").asText() + " " + v.at("/outcome/label").asText() + " " + v.at("/outcome/rank").asText());
            agree("engine_version", entry.engineVersion(), v.at("/engine/version").asText());
            agree("parameters", entry.parameters().radiusM() + " " + entry.parameters().detourFactor().stripTrailingZeros().toPlainString(),
                    v.at("/parameters/radius_m").asText() + " " + v.at("/parameters/detour_factor").decimalValue().stripTrailingZeros().toPlainString());
            agree("the verdict's inventory_sha256", entry.objects().inventory(), v.path("inventory_sha256").asText());
        }

        private void agree(String what, String entrySays, String recordSays) {
            if (!Objects.equals(entrySays, recordSays)) {
                problem(seq, "the entry and its record disagree on " + what + ": " + entrySays + " against " + recordSays);
            }
        }
    }

    /** Every file under objects/: named as an object; those no entry references are left by interrupted appends. */
    private int checkObjects() throws IOException {
        Path objects = ledger.dir().resolve(ObjectStore.DIR);
        if (!Files.isDirectory(objects)) {
            return 0;
        }
        int count = 0;
        List<String> unreferenced = new ArrayList<>();
        try (Stream<Path> all = Files.walk(objects)) {
            for (Path p : all.sorted().toList()) {
                Path rel = objects.relativize(p);
                if (Files.isDirectory(p)) {
                    boolean ok = rel.toString().isEmpty()
                            || rel.getNameCount() == 1 && rel.toString().equals(ObjectStore.ALGORITHM)
                            || rel.getNameCount() == 2 && rel.getName(0).toString().equals(ObjectStore.ALGORITHM)
                                    && rel.getName(1).toString().matches("[0-9a-f]{2}");
                    if (!ok) {
                        problem(0, ObjectStore.DIR + "/" + rel + "/ was added: it is not a folder of the object store");
                    }
                    continue;
                }
                String hex = rel.getNameCount() == 3 && rel.getName(0).toString().equals(ObjectStore.ALGORITHM)
                        ? rel.getName(1).toString() + rel.getName(2) : "";
                if (!ObjectStore.isName(hex)) {
                    problem(0, ObjectStore.DIR + "/" + rel + " was added: it is not an object name");
                    continue;
                }
                count++;
                if (!referenced.contains(hex)) {
                    unreferenced.add(hex);
                }
            }
        }
        if (!unreferenced.isEmpty() && !unreadable.isEmpty()) {
            List<String> why = new ArrayList<>();
            unreadable.forEach((what, seqs) -> why.add(what + (seqs.isEmpty() ? "" : " (entr" + (seqs.size() == 1 ? "y " : "ies ")
                    + String.join(", ", seqs.stream().map(String::valueOf).toList()) + ")")));
            note(0, unreferenced.size() + (unreferenced.size() == 1 ? " object is" : " objects are") + " referenced by nothing"
                    + " readable; " + String.join(", ", why.subList(0, Math.min(3, why.size())))
                    + (why.size() > 3 ? " (and " + (why.size() - 3) + " more)" : "")
                    + ", so whether they are what it referenced cannot be told");
        } else {
            unreferenced.forEach(hex -> note(0, "object " + hex + " is referenced by no entry: an append stopped before writing"
                    + " its entry, the entry that used it was removed, or it was put there"));
        }
        return count;
    }

    private void checkTmp() throws IOException {
        Path tmp = ledger.dir().resolve(Ledger.TMP);
        if (!Files.isDirectory(tmp)) {
            return;
        }
        try (Stream<Path> left = Files.list(tmp)) {
            left.sorted().forEach(p -> note(0, Ledger.TMP + "/" + p.getFileName()
                    + " was left by an interrupted append; the next append removes it"));
        }
    }
}
