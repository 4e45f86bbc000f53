package org.quarterhour.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.quarterhour.pack.Clauses;
import org.quarterhour.pack.PackException;

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

    private static ClauseTexts load(String id) {
        String resource = "/standards/" + id + "/clauses.yaml";
        try (InputStream in = ClauseTexts.class.getResourceAsStream(resource)) {
            if (in == null) {
                return none();
            }
            Map<String, String> criteria = new TreeMap<>();
            for (Clauses.Clause c : Clauses.parse(in, Path.of(resource)).byId().values()) {
                String words = c.scoring() != null ? c.scoring() : c.text();
                if (!words.isEmpty()) {
                    criteria.put(c.id(), words.strip());
                }
            }
            return new ClauseTexts(criteria);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (PackException e) {
            return none(); // a bundled file that cannot be read gives the clause ids, as a bureau's own pack does
        }
    }
}
