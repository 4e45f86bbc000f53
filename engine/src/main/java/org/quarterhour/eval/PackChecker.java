package org.quarterhour.eval;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.quarterhour.inventory.Problem;
import org.quarterhour.inventory.Vocabulary;
import org.quarterhour.pack.Clauses;
import org.quarterhour.pack.Manifest;
import org.quarterhour.pack.Pack;
import org.quarterhour.pack.PackException;

/**
 * Everything {@code pack check} proves about a pack, each failure a problem at its place in the bureau's words: it
 * compiles and passes the lint; every item rule has code, name, category, clause (and points where its category has
 * points); codes are unique; items add up to their categories and categories to the total; every clause is
 * implemented or marked as not a per-community requirement, and every cited clause exists; every facility code is in
 * the vocabulary; outcomes are ranked 0..n, ordered, and cover every total.
 */
public final class PackChecker {
    private static final Pattern RULE = Pattern.compile("(?m)^\\s*rule\\s+\"([^\"]*)\"");
    /** {@code coverage(...)} and {@code coverageExcept(...)}, the latter with its name in group 1. */
    private static final Pattern COVERAGE = Pattern.compile("coverage(Except)?\\s*\\(([^)]*)\\)");
    private static final Pattern STRING = Pattern.compile("\"([^\"]*)\"");

    private final Vocabulary vocabulary;
    private final Path standardsRoot;

    public PackChecker(Vocabulary vocabulary, Path standardsRoot) {
        this.vocabulary = vocabulary;
        this.standardsRoot = standardsRoot;
    }

    /** A check's findings: the problems (none when the pack passes) and, when it compiled, what it holds. */
    public record Report(List<Problem> problems, List<ItemSpec> items, Manifest manifest, Optional<Clauses> clauses) {
        public Report {
            problems = problems.stream().sorted().toList();
            items = List.copyOf(items);
        }

        public boolean passed() {
            return problems.isEmpty();
        }
    }

    public Report check(Pack pack) {
        List<Problem> problems = new ArrayList<>();
        Manifest manifest = pack.manifest();
        checkManifest(pack, problems);
        checkFacilityCodes(pack, problems);
        List<ItemSpec> items;
        try {
            items = PackCompiler.compile(pack).items();
        } catch (PackException e) {
            boolean located = e.problems().stream().anyMatch(p -> p.line() > 0);
            e.problems().stream().filter(p -> !(located && p.message().contains("Parser returned a null Package")))
                    .forEach(p -> problems.add(DroolsMessages.explain(pack, p)));
            checkOutcomes(pack, List.of(), problems);
            return new Report(problems, List.of(), manifest, Optional.empty());
        }
        checkAwardingRulesAreItems(pack, problems);
        checkItems(pack, items, problems);
        checkOutcomes(pack, items, problems);
        Optional<Clauses> clauses = Optional.empty();
        try {
            clauses = Clauses.read(standardsRoot, manifest.id());
            if (clauses.isEmpty()) {
                problems.add(new Problem(pack.location(), 0, 0, "", "no clauses file at "
                        + Clauses.fileFor(standardsRoot, manifest.id()) + ": quote the standard's clauses there (see rules/README.md)"));
            } else {
                checkClauses(pack, items, clauses.get(), problems);
            }
        } catch (PackException e) {
            problems.addAll(e.problems());
        }
        return new Report(problems, items, manifest, clauses);
    }

    private void checkManifest(Pack pack, List<Problem> problems) {
        Manifest m = pack.manifest();
        String file = pack.location() + "/" + Pack.MANIFEST;
        Path dir = Path.of(pack.location());
        if (dir.getFileName() != null && dir.getParent() != null && dir.getParent().getFileName() != null
                && Path.of(pack.location()).toFile().isDirectory()) {
            if (!dir.getFileName().toString().equals(m.version())) {
                problems.add(new Problem(file, 0, 0, "version", "the manifest says version " + m.version()
                        + " but the folder is " + dir.getFileName() + "; packs live in rules/<id>/<version>/"));
            }
            if (!dir.getParent().getFileName().toString().equals(m.id())) {
                problems.add(new Problem(file, 0, 0, "id", "the manifest says id " + m.id() + " but the folder is "
                        + dir.getParent().getFileName() + "; packs live in rules/<id>/<version>/"));
            }
        }
        if (m.inForceUntil() != null && m.inForceUntil().isBefore(m.inForceFrom())) {
            problems.add(new Problem(file, 0, 0, "in_force", "in force until " + m.inForceUntil() + ", before it starts on " + m.inForceFrom()));
        }
        if (m.detourFactor().compareTo(BigDecimal.ONE) < 0) {
            problems.add(new Problem(file, 0, 0, "parameters.detour_factor", "a detour factor below 1 would make walks shorter than the straight line"));
        }
        Set<String> codes = new HashSet<>();
        BigDecimal sum = BigDecimal.ZERO;
        boolean allHavePoints = true;
        for (Manifest.Category c : m.categories()) {
            if (!codes.add(c.code())) {
                problems.add(new Problem(file, 0, 0, "categories", "category code '" + c.code() + "' is used twice"));
            }
            if (c.points() == null) {
                allHavePoints = false;
            } else {
                sum = sum.add(c.points());
            }
            if (c.minimum() != null && c.points() != null && c.minimum().compareTo(c.points()) > 0) {
                problems.add(new Problem(file, 0, 0, "categories." + c.code(), "minimum " + c.minimum().toPlainString()
                        + " is more than the category's " + c.points().toPlainString() + " points: it can never be met"));
            }
        }
        if (m.total() != null && allHavePoints && sum.compareTo(m.total()) != 0) {
            problems.add(new Problem(file, 0, 0, "total", "the categories add up to " + sum.toPlainString()
                    + " points, but the standard declares a total of " + m.total().toPlainString()));
        }
    }

    private void checkFacilityCodes(Pack pack, List<Problem> problems) {
        pack.drl().forEach((path, text) -> {
            String file = pack.location() + "/" + path;
            Matcher call = COVERAGE.matcher(text);
            while (call.find()) {
                Matcher literal = STRING.matcher(call.group(2));
                String type = null; // coverageExcept's first code: the type the others are kinds of
                boolean first = true;
                Set<String> left = new HashSet<>(); // the kinds a coverageExcept leaves out, each once
                int named = 0; // literals after the first
                while (literal.find()) {
                    String code = literal.group(1);
                    int offset = call.start(2) + literal.start(1);
                    if (!vocabulary.isCode(code)) {
                        List<String> near = vocabulary.closest(code);
                        problems.add(new Problem(file, line(text, offset), column(text, offset), ruleAt(text, offset),
                                "'" + code + "' is not a facility code of standards/facility-types.yaml"
                                        + (near.isEmpty() ? "" : "; closest: " + String.join(", ", near))
                                        + " (rules name codes, not Chinese aliases)"));
                    } else if (call.group(1) != null && !first && type != null && !vocabulary.isKindOf(code, type)) {
                        problems.add(new Problem(file, line(text, offset), column(text, offset), ruleAt(text, offset),
                                "coverageExcept leaves out '" + code + "', which is not a kind of '" + type
                                        + "' in standards/facility-types.yaml (its kind_of)"));
                    } else if (call.group(1) != null && !first && !left.add(code)) {
                        problems.add(new Problem(file, line(text, offset), column(text, offset), ruleAt(text, offset),
                                "coverageExcept leaves out '" + code + "' twice"));
                    }
                    if (first && vocabulary.isCode(code)) {
                        type = code;
                    }
                    named += first ? 0 : 1;
                    first = false;
                }
                if (call.group(1) != null && type != null && named == 0) {
                    int offset = call.start();
                    problems.add(new Problem(file, line(text, offset), column(text, offset), ruleAt(text, offset),
                            "coverageExcept(\"" + type + "\") leaves no kind out: name the kinds to leave out, or ask coverage(\""
                                    + type + "\")"));
                }
            }
        });
    }

    /** A rule that gives an Award must be an item, or its award has nowhere to go. */
    private void checkAwardingRulesAreItems(Pack pack, List<Problem> problems) {
        pack.drl().forEach((path, text) -> {
            String code = PackLint.blankCommentsAndStrings(text);
            Matcher m = RULE.matcher(text);
            List<int[]> starts = new ArrayList<>();
            while (m.find()) {
                starts.add(new int[] {m.start(), m.end()});
            }
            for (int i = 0; i < starts.size(); i++) {
                int from = starts.get(i)[0];
                int to = i + 1 < starts.size() ? starts.get(i + 1)[0] : text.length();
                String block = text.substring(from, to);
                if (code.substring(from, to).contains("Award.") && !block.contains("@code(")) {
                    problems.add(new Problem(pack.location() + "/" + path, line(text, from), 1, ruleAt(text, from + 1),
                            "this rule gives an Award but has no @code(...): add @code, @name, @category, @clause"
                                    + " (and @points) so that it is an item of the sheet"));
                }
            }
        });
    }

    private void checkItems(Pack pack, List<ItemSpec> items, List<Problem> problems) {
        Manifest m = pack.manifest();
        Map<String, ItemSpec> byCode = new HashMap<>();
        Map<String, BigDecimal> sums = new HashMap<>();
        for (ItemSpec item : items) {
            String where = "rule \"" + item.rule() + "\"";
            String file = pack.location();
            require(problems, file, where, item.name(), "@name (the item's words on the sheet)");
            require(problems, file, where, item.category(), "@category (one of the manifest's categories)");
            require(problems, file, where, item.clause(), "@clause (the id of the clause it implements)");
            if (item.code().isBlank()) {
                problems.add(new Problem(file, 0, 0, where, "@code is empty"));
            }
            ItemSpec other = byCode.putIfAbsent(item.code(), item);
            if (other != null) {
                problems.add(new Problem(file, 0, 0, where, "item code " + item.code() + " is also used by rule \""
                        + other.rule() + "\"; every item needs its own code"));
            }
            Manifest.Category category = item.category() == null ? null : m.category(item.category());
            if (item.category() != null && category == null) {
                problems.add(new Problem(file, 0, 0, where, "category '" + item.category() + "' is not in the manifest; known: "
                        + String.join(", ", m.categories().stream().map(Manifest.Category::code).toList())));
            }
            if (category != null && category.points() != null) {
                if (item.points() == null) {
                    problems.add(new Problem(file, 0, 0, where, "category " + category.code() + " is scored in points ("
                            + category.points().toPlainString() + "), so this item needs @points(N)"));
                } else {
                    sums.merge(category.code(), item.points(), BigDecimal::add);
                }
            }
        }
        for (Manifest.Category c : m.categories()) {
            if (c.points() != null && !items.isEmpty()) {
                BigDecimal sum = sums.getOrDefault(c.code(), BigDecimal.ZERO);
                if (sum.compareTo(c.points()) != 0) {
                    problems.add(new Problem(pack.location() + "/" + Pack.MANIFEST, 0, 0, "categories." + c.code(),
                            "the items of " + c.name() + " add up to " + sum.toPlainString() + " points, but the category is worth "
                                    + c.points().toPlainString()));
                }
            }
        }
    }

    private static void require(List<Problem> problems, String file, String where, String value, String what) {
        if (value == null || value.isBlank()) {
            problems.add(new Problem(file, 0, 0, where, "the item rule has no " + what));
        }
    }

    private void checkOutcomes(Pack pack, List<ItemSpec> items, List<Problem> problems) {
        Manifest m = pack.manifest();
        String file = pack.location() + "/" + Pack.MANIFEST;
        List<Manifest.Outcome> outcomes = m.ladder();
        if (outcomes.isEmpty()) {
            problems.add(new Problem(file, 0, 0, "outcomes", "a pack needs at least one outcome (rank 0, no conditions)"));
            return;
        }
        for (int i = 0; i < outcomes.size(); i++) {
            Manifest.Outcome o = outcomes.get(i);
            if (o.rank() != i) {
                problems.add(new Problem(file, 0, 0, "outcomes." + o.code(), "ranks must run 0, 1, 2, … without gaps or repeats; found rank "
                        + o.rank() + " where " + i + " was expected"));
            }
            for (String c : o.categoriesMet()) {
                if (m.category(c) == null) {
                    problems.add(new Problem(file, 0, 0, "outcomes." + o.code(), "categories_met names '" + c + "', which is not a category"));
                } else if (!m.category(c).hasBar()) {
                    problems.add(new Problem(file, 0, 0, "outcomes." + o.code(), "categories_met names '" + c
                            + "', which has neither a minimum nor all_met: it can never count as met"));
                }
            }
            if (!items.isEmpty()) {
                Set<String> codes = new HashSet<>(items.stream().map(ItemSpec::code).toList());
                o.itemsMet().stream().filter(c -> !codes.contains(c)).forEach(c -> problems.add(new Problem(file, 0, 0,
                        "outcomes." + o.code(), "items_met names '" + c + "', which no rule defines")));
            }
            if (o.totalAtLeast() != null && m.total() != null && o.totalAtLeast().compareTo(m.total()) > 0) {
                problems.add(new Problem(file, 0, 0, "outcomes." + o.code(), "needs a total of " + o.totalAtLeast().toPlainString()
                        + ", more than the " + m.total().toPlainString() + " points the standard has"));
            }
        }
        Manifest.Outcome lowest = outcomes.get(0);
        if (lowest.totalAtLeast() != null || !lowest.categoriesMet().isEmpty() || !lowest.itemsMet().isEmpty()) {
            problems.add(new Problem(file, 0, 0, "outcomes." + lowest.code(), "the lowest outcome must have no conditions,"
                    + " so that every community gets an outcome"));
        }
        BigDecimal previous = null;
        for (Manifest.Outcome o : outcomes) {
            if (o.totalAtLeast() != null) {
                if (previous != null && o.totalAtLeast().compareTo(previous) <= 0) {
                    problems.add(new Problem(file, 0, 0, "outcomes." + o.code(), "total_at_least " + o.totalAtLeast().toPlainString()
                            + " is not above the band below it (" + previous.toPlainString() + "): bands must rise with rank"));
                }
                previous = o.totalAtLeast();
            }
        }
    }

    private void checkClauses(Pack pack, List<ItemSpec> items, Clauses clauses, List<Problem> problems) {
        Set<String> cited = new HashSet<>();
        for (ItemSpec item : items) {
            if (item.clause() == null) {
                continue;
            }
            for (String id : item.clause().split("\\s*,\\s*")) {
                cited.add(id);
                if (!clauses.byId().containsKey(id)) {
                    problems.add(new Problem(pack.location(), 0, 0, "rule \"" + item.rule() + "\"", "cites clause " + id
                            + ", which is not in " + clauses.file()));
                }
            }
        }
        Manifest m = pack.manifest();
        if (m.clause() != null) {
            citeFromManifest(pack, m.clause(), clauses, cited, problems);
        }
        m.categories().stream().map(Manifest.Category::clause).filter(c -> c != null).forEach(c -> citeFromManifest(pack, c, clauses, cited, problems));
        m.outcomes().stream().map(Manifest.Outcome::clause).filter(c -> c != null).forEach(c -> citeFromManifest(pack, c, clauses, cited, problems));
        for (Clauses.Clause clause : clauses.byId().values()) {
            if (!cited.contains(clause.id()) && !clause.isProgramme()) {
                problems.add(new Problem(clauses.file().toString(), 0, 0, clause.id(), "no rule implements this clause and the"
                        + " manifest cites it nowhere; implement it, cite it, or mark it 'scope: programme' with a 'why:'"
                        + " if it asks nothing of a single community"));
            }
        }
    }

    private static void citeFromManifest(Pack pack, String ids, Clauses clauses, Set<String> cited, List<Problem> problems) {
        for (String id : ids.split("\\s*,\\s*")) {
            cited.add(id);
            if (!clauses.byId().containsKey(id)) {
                problems.add(new Problem(pack.location() + "/" + Pack.MANIFEST, 0, 0, "clause", "cites clause " + id
                        + ", which is not in " + clauses.file()));
            }
        }
    }

    static int line(String text, int offset) {
        int line = 1;
        for (int i = 0; i < offset && i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }

    static int column(String text, int offset) {
        int start = text.lastIndexOf('\n', offset - 1) + 1;
        return offset - start + 1;
    }

    /** {@code rule "NAME"} for the rule a place in the text belongs to, or "" before the first rule. */
    static String ruleAt(String text, int offset) {
        Matcher m = RULE.matcher(text);
        String name = "";
        while (m.find() && m.start() < offset) {
            name = "rule \"" + m.group(1) + "\"";
        }
        return name;
    }
}
