package org.quarterhour.inventory;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * The facility vocabulary (业态): codes, Chinese names and aliases, read from {@code standards/facility-types.yaml}.
 * A type may be a narrower kind of another ({@code kind_of}, one level deep): 缝纫店 is a kind of 洗染缝纫店, so a rule
 * asking for 洗染缝纫店 counts a 缝纫店, and one asking for a 洗染店 alone can leave the 缝纫店 out.
 */
public final class Vocabulary {
    private static final String RESOURCE = "/standards/facility-types.yaml";
    private static volatile Vocabulary bundled;

    private final Map<String, FacilityType> byCode;
    private final Map<String, String> codeByWord;
    /** Each type that has kinds: itself, then its kinds in the vocabulary's order. */
    private final Map<String, List<String>> withKinds;

    public Vocabulary(Collection<FacilityType> types) {
        Map<String, FacilityType> codes = new LinkedHashMap<>();
        Map<String, String> words = new TreeMap<>();
        for (FacilityType type : types) {
            if (codes.putIfAbsent(type.code(), type) != null) {
                throw new IllegalArgumentException("facility code '" + type.code() + "' is listed twice");
            }
        }
        Map<String, List<String>> kinds = new LinkedHashMap<>();
        for (FacilityType type : types) {
            claim(words, type.code(), type.code());
            claim(words, type.name(), type.code());
            type.aliases().forEach(alias -> claim(words, alias, type.code()));
            if (type.kindOf() != null) {
                FacilityType broader = codes.get(type.kindOf());
                if (broader == null) {
                    throw new IllegalArgumentException("facility type " + type.code() + " is a kind of '" + type.kindOf()
                            + "', which is not a code of the vocabulary");
                }
                if (broader.kindOf() != null) {
                    throw new IllegalArgumentException("facility type " + type.code() + " is a kind of " + broader.code()
                            + ", itself a kind of " + broader.kindOf() + ": kinds go one level deep");
                }
                kinds.computeIfAbsent(broader.code(), c -> new ArrayList<>(List.of(c))).add(type.code());
            }
        }
        kinds.replaceAll((code, list) -> List.copyOf(list));
        this.byCode = codes;
        this.codeByWord = words;
        this.withKinds = kinds;
    }

    private static void claim(Map<String, String> words, String word, String code) {
        String previous = words.putIfAbsent(word, code);
        if (previous != null && !previous.equals(code)) {
            throw new IllegalArgumentException(
                    "alias '" + word + "' maps to two facility codes, " + previous + " and " + code);
        }
    }

    /** The vocabulary shipped inside the engine (a copy of the repository's standards/facility-types.yaml). */
    public static Vocabulary bundled() {
        Vocabulary v = bundled;
        if (v == null) {
            try (InputStream in = Vocabulary.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("the engine was built without " + RESOURCE);
                }
                v = parse(in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            bundled = v;
        }
        return v;
    }

    @SuppressWarnings("unchecked")
    static Vocabulary parse(InputStream in) {
        Object root = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
        List<FacilityType> types = new ArrayList<>();
        for (Object entry : (List<Object>) ((Map<String, Object>) root).get("types")) {
            Map<String, Object> t = (Map<String, Object>) entry;
            List<String> aliases = new ArrayList<>();
            ((List<Object>) t.getOrDefault("aliases", List.of())).forEach(a -> aliases.add(String.valueOf(a)));
            types.add(new FacilityType((String) t.get("code"), (String) t.get("name"), aliases, (String) t.get("class"),
                    (String) t.get("kind_of")));
        }
        return new Vocabulary(types);
    }

    /** The code for a code, a Chinese name or an alias. */
    public Optional<String> resolve(String word) {
        return Optional.ofNullable(codeByWord.get(word == null ? "" : word.strip()));
    }

    public Optional<FacilityType> type(String code) {
        return Optional.ofNullable(byCode.get(code));
    }

    /** The code and, where it has narrower kinds, those after it: every type a rule asking for {@code code} counts. */
    public List<String> withKinds(String code) {
        List<String> all = withKinds.get(code);
        return all == null ? List.of(code) : all;
    }

    /**
     * Every code of {@code codes} and its kinds, in that order; the same list where none has kinds. Asked for each rule
     * of each community scored, so it allocates nothing for one code or for codes without kinds.
     */
    public List<String> withKinds(List<String> codes) {
        if (codes.size() == 1) {
            List<String> all = withKinds.get(codes.get(0));
            return all == null ? codes : all;
        }
        boolean anyKinds = false;
        for (String code : codes) {
            anyKinds |= withKinds.containsKey(code);
        }
        if (!anyKinds) {
            return codes;
        }
        List<String> all = new ArrayList<>();
        for (String code : codes) {
            for (String type : withKinds(code)) {
                if (!all.contains(type)) {
                    all.add(type);
                }
            }
        }
        return List.copyOf(all);
    }

    /** True where {@code kind} is a narrower kind of {@code type}. */
    public boolean isKindOf(String kind, String type) {
        FacilityType t = byCode.get(kind);
        return t != null && type.equals(t.kindOf());
    }

    public boolean isCode(String code) {
        return byCode.containsKey(code);
    }

    /** The Chinese name of a code, or the code itself where it is not in the vocabulary. */
    public String nameOf(String code) {
        FacilityType type = byCode.get(code);
        return type == null ? code : type.name();
    }

    public List<FacilityType> types() {
        return List.copyOf(byCode.values());
    }

    /** Up to three codes or aliases closest in spelling to a word that is not in the vocabulary. */
    public List<String> closest(String word) {
        record Scored(String word, int distance) {
        }
        int limit = Math.max(2, word.length() / 2);
        return codeByWord.keySet().stream()
                .map(w -> new Scored(w, Suggestions.editDistance(word, w)))
                .filter(s -> s.distance() <= limit)
                .sorted(Comparator.comparingInt(Scored::distance).thenComparing(Scored::word))
                .limit(3)
                .map(s -> s.word() + " (" + codeByWord.get(s.word()) + ")")
                .toList();
    }
}
