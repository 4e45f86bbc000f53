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

/** The facility vocabulary (业态): codes, Chinese names and aliases, read from {@code standards/facility-types.yaml}. */
public final class Vocabulary {
    private static final String RESOURCE = "/standards/facility-types.yaml";
    private static volatile Vocabulary bundled;

    private final Map<String, FacilityType> byCode;
    private final Map<String, String> codeByWord;

    public Vocabulary(Collection<FacilityType> types) {
        Map<String, FacilityType> codes = new LinkedHashMap<>();
        Map<String, String> words = new TreeMap<>();
        for (FacilityType type : types) {
            if (codes.putIfAbsent(type.code(), type) != null) {
                throw new IllegalArgumentException("facility code '" + type.code() + "' is listed twice");
            }
        }
        for (FacilityType type : types) {
            claim(words, type.code(), type.code());
            claim(words, type.name(), type.code());
            type.aliases().forEach(alias -> claim(words, alias, type.code()));
        }
        this.byCode = codes;
        this.codeByWord = words;
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
            types.add(new FacilityType((String) t.get("code"), (String) t.get("name"), aliases, (String) t.get("class")));
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
