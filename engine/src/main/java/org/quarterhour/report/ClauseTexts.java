package org.quarterhour.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * A standard's clauses in its own words ({@code standards/<id>/clauses.yaml}, bundled in the engine), for the sheet's
 * 评价评分标准 column: a clause's {@code scoring} where the document gives one, else its {@code text}. A standard
 * without a bundled clauses file (a bureau's own pack) has no texts, and the sheet shows the clause ids instead.
 */
final class ClauseTexts {
    private static final Map<String, ClauseTexts> BUNDLED = new ConcurrentHashMap<>();

    private final Map<String, String> criteria;

    private ClauseTexts(Map<String, String> criteria) {
        this.criteria = Map.copyOf(criteria);
    }

    static ClauseTexts none() {
        return new ClauseTexts(Map.of());
    }

    /** The clauses bundled for a standard id, or none. */
    static ClauseTexts bundled(String standardId) {
        if (standardId == null || !standardId.matches("[a-z0-9][a-z0-9_-]*")) {
            return none();
        }
        return BUNDLED.computeIfAbsent(standardId, ClauseTexts::load);
    }

    /** What the sheet says the item is judged by: the clause's scoring rule or text, else its id. */
    String criterion(String clauseId) {
        if (clauseId == null) {
            return "";
        }
        return Optional.ofNullable(criteria.get(clauseId)).orElse(clauseId);
    }

    @SuppressWarnings("unchecked")
    private static ClauseTexts load(String id) {
        try (InputStream in = ClauseTexts.class.getResourceAsStream("/standards/" + id + "/clauses.yaml")) {
            if (in == null) {
                return none();
            }
            Object root = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
            Map<String, String> criteria = new TreeMap<>();
            if (root instanceof Map<?, ?> m && m.get("clauses") instanceof List<?> clauses) {
                for (Object c : clauses) {
                    if (c instanceof Map<?, ?> clause && clause.get("id") != null) {
                        Object words = clause.get("scoring") != null ? clause.get("scoring") : clause.get("text");
                        if (words != null) {
                            criteria.put(String.valueOf(clause.get("id")), String.valueOf(words).strip());
                        }
                    }
                }
            }
            return new ClauseTexts(criteria);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            return none();
        }
    }
}
