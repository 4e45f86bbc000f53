package org.quarterhour.pack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** The packs under a rules folder, laid out as {@code <id>/<version>/manifest.yaml}. */
public final class PackRepository {
    private final Path root;
    private List<Entry> entries; // read once, under the lock of list()

    public PackRepository(Path root) {
        this.root = root;
    }

    public Path root() {
        return root;
    }

    /**
     * One line per pack folder: where it is, and its manifest or why that cannot be read. Only manifests are read
     * here; the pack itself (and its seal) is checked when it is loaded.
     */
    public record Entry(Path dir, Manifest manifest, String problem) {
    }

    public synchronized List<Entry> list() {
        List<Entry> listed = entries;
        if (listed == null) {
            listed = read();
            entries = listed;
        }
        return listed;
    }

    /** Every pack folder's manifest, read once per repository: a run looks versions up for every community it scores. */
    private List<Entry> read() {
        List<Entry> entries = new ArrayList<>();
        for (Path dir : versionDirs()) {
            try {
                Path manifest = dir.resolve(Pack.MANIFEST);
                entries.add(new Entry(dir, ManifestReader.read(Files.readAllBytes(manifest), manifest.toString()), null));
            } catch (PackException e) {
                entries.add(new Entry(dir, null, e.getMessage()));
            } catch (IOException e) {
                entries.add(new Entry(dir, null, dir + ": cannot be read: " + e.getMessage()));
            }
        }
        return List.copyOf(entries);
    }

    private List<Path> versionDirs() {
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        try (Stream<Path> ids = Files.list(root)) {
            List<Path> dirs = new ArrayList<>();
            for (Path id : ids.filter(Files::isDirectory).sorted().toList()) {
                try (Stream<Path> versions = Files.list(id)) {
                    versions.filter(v -> Files.isRegularFile(v.resolve(Pack.MANIFEST))).sorted().forEach(dirs::add);
                }
            }
            return dirs;
        } catch (IOException e) {
            return List.of();
        }
    }

    /** The pack folder of {@code id@version}, or of the version of {@code id} in force on {@code date}. */
    public Path locate(String ref, LocalDate date) throws NoSuchPackException {
        String unknown = unknown(ref);
        if (unknown != null) {
            throw new NoSuchPackException(unknown);
        }
        Ref named = Ref.of(ref);
        String id = named.id();
        if (named.version() != null) {
            return root.resolve(id).resolve(named.version());
        }
        return inForce(id, date).orElseThrow(() -> new NoSuchPackException(
                "no version of " + id + " is in force on " + date + "; versions: " + versions(id), id));
    }

    /** The folder of the version of standard {@code id} in force on {@code date}, or empty where none of its versions is. */
    public Optional<Path> inForce(String id, LocalDate date) {
        return versionsOf(id).filter(e -> e.manifest().inForceOn(date)).max(NEWEST).map(Entry::dir);
    }

    /**
     * Why {@code ref} ({@code ID} or {@code ID@VERSION}) names nothing in this rules folder on any date, or null where
     * it names a standard (and that version of it). A run asks this of its standards before it reads any inventory, so
     * that a misspelt name or a wrong {@code --rules} is one message, not one for every file of a batch; which version
     * is in force is left to each inventory's date.
     */
    public String unknown(String ref) {
        Ref named = Ref.of(ref);
        String id = named.id();
        if (!id.matches("[a-z0-9][a-z0-9-]*")) {
            return "'" + ref + "' is not a standard id (lower-case letters, digits and '-')";
        }
        if (!Files.isDirectory(root)) {
            return "no rules folder at " + root + " (name one with --rules DIR or QUARTERHOUR_RULES)";
        }
        Path idDir = root.resolve(id);
        if (!Files.isDirectory(idDir)) {
            List<String> known = ids();
            return "no standard '" + id + "' under " + root + "; known: " + (known.isEmpty() ? "none" : String.join(", ", known));
        }
        if (named.version() != null) {
            String version = named.version();
            if (version.contains("/") || version.contains("..") || !Files.isRegularFile(idDir.resolve(version).resolve(Pack.MANIFEST))) {
                return "no version '" + version + "' of " + id + "; versions: " + versions(id);
            }
        }
        return null;
    }

    /** The folder of the newest version of a standard (latest in force from, then version). */
    public Optional<Path> newest(String id) {
        return versionsOf(id).max(NEWEST).map(Entry::dir);
    }

    /** Later in force from is newer; on the same day, the later version. */
    private static final Comparator<Entry> NEWEST = Comparator.comparing((Entry e) -> e.manifest().inForceFrom())
            .thenComparing(e -> e.manifest().version());

    /** The readable versions of a standard, in folder order. */
    private Stream<Entry> versionsOf(String id) {
        return list().stream().filter(e -> e.manifest() != null && e.manifest().id().equals(id));
    }

    /** The readable manifests {@code ref} may name on some date: every version of {@code ID}, or the one of {@code ID@VERSION}. */
    public List<Manifest> manifests(String ref) {
        Ref named = Ref.of(ref);
        return versionsOf(named.id()).map(Entry::manifest)
                .filter(m -> named.version() == null || m.version().equals(named.version())).toList();
    }

    /** {@code ID} or {@code ID@VERSION} taken apart; the version is null where none is named. */
    private record Ref(String id, String version) {
        static Ref of(String ref) {
            int at = ref.indexOf('@');
            return at < 0 ? new Ref(ref, null) : new Ref(ref.substring(0, at), ref.substring(at + 1));
        }
    }

    /** The version folders of {@code id} whose manifest cannot be read, each with why. */
    public List<Entry> unreadable(String id) {
        return list().stream().filter(e -> e.manifest() == null && e.dir().getParent().getFileName().toString().equals(id)).toList();
    }

    public List<String> ids() {
        return list().stream().filter(e -> e.manifest() != null).map(e -> e.manifest().id()).distinct().sorted().toList();
    }

    /** The readable versions of a standard with their dates, e.g. {@code 2025.05 (from 2025-05-30)}; "none" where it has none. */
    public String versions(String id) {
        List<String> v = versionsOf(id).map(e -> e.manifest().version() + " (from " + e.manifest().inForceFrom()
                        + (e.manifest().inForceUntil() == null ? "" : " until " + e.manifest().inForceUntil()) + ")")
                .toList();
        return v.isEmpty() ? "none" : String.join(", ", v);
    }

    /**
     * A standard or version that is not there: bad input (exit 2), not a broken pack. Where the standard is there but
     * none of its versions is in force on the date asked, {@link #naming} adds how to name a version outright, in the
     * words of the command that asked: only it knows whether it takes the standard as {@code --standard},
     * {@code --under} or an argument.
     */
    public static final class NoSuchPackException extends Exception {
        private final String notInForce; // the standard with no version in force on the date asked, else null

        public NoSuchPackException(String message) {
            this(message, null);
        }

        private NoSuchPackException(String message, String notInForce) {
            super(message);
            this.notInForce = notInForce;
        }

        /**
         * The message, and where no version was in force, how to name one: {@code option} is the command's option
         * that takes the standard ({@code "--standard"}, {@code "--under"}), or null where it is an argument.
         */
        public String naming(String option) {
            if (notInForce == null) {
                return getMessage();
            }
            return getMessage() + " (name one " + (option == null ? "as " : "with " + option + " ") + notInForce + "@VERSION)";
        }
    }
}
