package org.quarterhour;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.quarterhour.pack.Pack;
import org.quarterhour.pack.PackException;
import org.quarterhour.pack.PackReader;
import org.quarterhour.pack.PackRepository;

/**
 * The standards a run scores against: resolves {@code ID}, {@code ID@VERSION} or {@code all} to pack folders (by
 * inspection date where no version is named) and reads each folder once per run.
 */
public final class Standards {
    public static final String ALL = "all";

    private final PackRepository repository;
    private final Map<Path, Pack> read = new HashMap<>(); // only through the synchronized read(Path)

    public Standards(PackRepository repository) {
        this.repository = repository;
    }

    /** The refs to score against: as given, with {@code all} standing for every standard id in the rules folder. */
    public List<String> expand(List<String> refs) {
        List<String> out = new ArrayList<>();
        for (String ref : refs) {
            if (ref.equals(ALL)) {
                repository.ids().stream().filter(id -> !out.contains(id)).forEach(out::add);
            } else if (!out.contains(ref)) {
                out.add(ref);
            }
        }
        return out;
    }

    /** The pack for a ref on an inspection date. */
    public Pack pack(String ref, LocalDate date) throws PackRepository.NoSuchPackException, PackException {
        return read(repository.locate(ref, date));
    }

    /**
     * The pack in force on the date, or — for a comparison across standards, where some may not have been in force
     * yet — the newest version, with a note saying so. The note is null when the version in force was used.
     */
    public Chosen packForComparison(String ref, LocalDate date) throws PackRepository.NoSuchPackException, PackException {
        try {
            return new Chosen(pack(ref, date), null);
        } catch (PackRepository.NoSuchPackException e) {
            if (ref.contains("@")) {
                throw e;
            }
            Path newest = repository.newest(ref).orElseThrow(() -> e);
            Pack pack = read(newest);
            return new Chosen(pack, "no version of " + ref + " is in force on " + date + "; scored under its newest, "
                    + pack.manifest().ref() + " (in force from " + pack.manifest().inForceFrom() + ")");
        }
    }

    /** A pack chosen for a comparison, and why it is not the one in force (null when it is). */
    public record Chosen(Pack pack, String note) {
    }

    /** Synchronized: a run may load its packs on one thread while it reads inventories on another. */
    private synchronized Pack read(Path dir) throws PackException {
        Pack pack = read.get(dir);
        if (pack == null) {
            pack = PackReader.read(dir);
            read.put(dir, pack);
        }
        return pack;
    }
}
