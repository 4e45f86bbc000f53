package org.quarterhour.pack;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * A standard's source clauses ({@code standards/<id>/clauses.yaml}): each clause's id, its text quoted from the
 * document, and whether it asks something of a community ({@code scope: programme} marks city-wide targets and
 * duties, which no rule implements).
 */
public record Clauses(Path file, Map<String, Clause> byId) {
    public record Clause(String id, String text, String scope, String scoring) {
        public boolean isProgramme() {
            return "programme".equals(scope);
        }
    }

    public static Path fileFor(Path standardsRoot, String standardId) {
        return standardsRoot.resolve(standardId).resolve("clauses.yaml");
    }

    /** The clauses of a standard, if its file is there. */
    public static Optional<Clauses> read(Path standardsRoot, String standardId) throws PackException {
        Path file = fileFor(standardsRoot, standardId);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try (InputStream in = Files.newInputStream(file)) {
            return Optional.of(parse(in, file));
        } catch (IOException e) {
            throw new PackException(file.toString(), "cannot be read: " + e.getMessage());
        }
    }

    /** Clauses from a clauses.yaml's bytes; {@code file} names it in messages. */
    public static Clauses parse(InputStream in, Path file) throws PackException {
        try {
            Object root = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
            Map<String, Clause> byId = new LinkedHashMap<>();
            if (root instanceof Map<?, ?> m && m.get("clauses") instanceof List<?> list) {
                for (Object o : list) {
                    if (o instanceof Map<?, ?> c && c.get("id") != null) {
                        String id = String.valueOf(c.get("id"));
                        byId.put(id, new Clause(id, c.get("text") == null ? "" : String.valueOf(c.get("text")),
                                c.get("scope") == null ? null : String.valueOf(c.get("scope")),
                                c.get("scoring") == null ? null : String.valueOf(c.get("scoring"))));
                    }
                }
                return new Clauses(file, byId);
            }
            throw new PackException(file.toString(), "expected a 'clauses:' list of {id, text, ...}");
        } catch (RuntimeException e) {
            throw new PackException(file.toString(), "cannot be read: " + e.getMessage());
        }
    }
}
