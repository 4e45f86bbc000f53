package org.quarterhour;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
     * The pack of standard {@code id} in force on the date, or empty where none of its versions is. A run across every
     * standard leaves such a standard out for that inventory: scoring it under a version that did not apply then (a
     * later one, or a draft) would record a verdict no inspector could have been given.
     */
    public Optional<Pack> packInForce(String id, LocalDate date) throws PackException {
        Optional<Path> dir = repository.inForce(id, date);
        return dir.isEmpty() ? Optional.empty() : Optional.of(read(dir.get()));
    }

    /** The versions of a standard with the dates each is in force from (and until), to say why none applied. */
    public String versions(String id) {
        return repository.versions(id);
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
