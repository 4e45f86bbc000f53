package org.quarterhour.ledger;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.quarterhour.hash.Sha256;

/**
 * The entries that can be read, with what a look at the entry files alone finds wrong — an entry missing, unreadable,
 * holding another number or not linked to the one before, HEAD missing or not naming the last — without reading a single
 * object: what {@code audit log} warns of. {@link Ledger#verify} is the full check.
 */
public record Listing(List<Entry> entries, List<String> problems) {
    /** How many problems a one-line summary names. */
    private static final int SHOWN = 3;

    public Listing {
        entries = List.copyOf(entries);
        problems = List.copyOf(problems);
    }

    /** Whether the chain of entries holds together as far as the entry files and HEAD show. */
    public boolean holds() {
        return problems.isEmpty();
    }

    /** The first problems, in one line, for a warning: "a; b; c (and 2 more)". */
    public String summary() {
        return String.join("; ", problems.subList(0, Math.min(SHOWN, problems.size())))
                + (problems.size() > SHOWN ? " (and " + (problems.size() - SHOWN) + " more)" : "");
    }

    /**
     * The entries, where the chain holds; else a failure that says the record is damaged: for what must not be built
     * on a ledger that does not verify (a roll-up written from it).
     */
    public List<Entry> whole() throws LedgerException {
        if (!holds()) {
            throw LedgerException.damage("the ledger does not verify: " + summary() + "; run 'quarterhour audit verify' to see"
                    + " every problem");
        }
        return entries;
    }

    /** The entries whose verdict id is {@code id}, or starts with it ("sha256:" may be left off). */
    public List<Entry> find(String id) {
        return matching(entries, id);
    }

    static List<Entry> matching(List<Entry> entries, String id) {
        refuseEmpty(id);
        String wanted = id.startsWith("sha256:") ? id : "sha256:" + id;
        return entries.stream().filter(e -> e.verdictId().startsWith(wanted)).toList();
    }

    private static void refuseEmpty(String id) {
        if (id.isEmpty() || id.equals("sha256:")) {
            throw new IllegalArgumentException("an empty verdict id would name every verdict");
        }
    }

    static Listing read(Ledger ledger) throws LedgerException {
        List<String> problems = new ArrayList<>();
        Head head;
        try {
            head = ledger.readHead();
        } catch (LedgerException e) {
            if (!e.damaged()) {
                throw e;
            }
            problems.add(e.getMessage());
            head = null;
        }
        int lastFile = lastFile(ledger, problems);
        int last = Math.max(lastFile, head == null ? 0 : head.seq());
        List<Entry> entries = new ArrayList<>();
        Map<Integer, String> sha = new HashMap<>();
        for (int seq = 1; seq <= last; seq++) {
            String name = Ledger.ENTRIES + "/" + Entry.fileName(seq);
            byte[] bytes;
            try {
                bytes = Files.readAllBytes(ledger.entryPath(seq));
            } catch (NoSuchFileException e) {
                problems.add(name + " is missing" + (seq > lastFile ? ", though HEAD names entry " + last : ""));
                continue;
            } catch (IOException e) {
                throw new LedgerException("cannot read " + ledger.entryPath(seq) + ": " + e.getMessage(), e);
            }
            sha.put(seq, Sha256.hex(bytes));
            Entry entry;
            try {
                entry = Entry.parse(bytes);
            } catch (LedgerException e) {
                problems.add(name + " is " + e.getMessage());
                continue;
            }
            if (entry.seq() != seq) {
                problems.add(name + " holds entry " + entry.seq());
            }
            String before = seq == 1 ? null : sha.get(seq - 1);
            if (seq == 1 && entry.prev() != null) {
                problems.add(name + " is the first entry but has a prev: entries before it were removed");
            } else if (before != null && !before.equals(entry.prev())) {
                problems.add("the chain breaks between entries " + (seq - 1) + " and " + seq + ": " + name
                        + "'s prev is not the sha256 of entry " + (seq - 1) + " (one of them was changed)");
            }
            entries.add(entry);
        }
        if (head != null && head.seq() == 0 && last > 1) {
            problems.add("HEAD is missing (the entries go up to " + last + ")");
        } else if (head != null && head.seq() > 0 && sha.containsKey(head.seq()) && !sha.get(head.seq()).equals(head.sha256())) {
            problems.add("HEAD records the sha256 of entry " + head.seq() + " as " + head.sha256() + " but it hashes to "
                    + sha.get(head.seq()));
        }
        return new Listing(entries, problems);
    }

    /** The highest entry file's number (0 for none); notes an entries/ folder that is gone or a file that is no entry. */
    private static int lastFile(Ledger ledger, List<String> problems) throws LedgerException {
        Path dir = ledger.dir().resolve(Ledger.ENTRIES);
        if (!Files.isDirectory(dir)) {
            problems.add(Ledger.ENTRIES + "/ is missing: the entries were removed");
            return 0;
        }
        int last = 0;
        try (Stream<Path> files = Files.list(dir)) {
            for (Path p : files.toList()) {
                String name = p.getFileName().toString();
                int seq = Entry.seqOf(name);
                if (seq == 0) {
                    problems.add(Ledger.ENTRIES + "/" + name + " is not an entry file");
                } else {
                    last = Math.max(last, seq);
                }
            }
        } catch (IOException e) {
            throw new LedgerException("cannot read " + dir + ": " + e.getMessage(), e);
        }
        return last;
    }
}
