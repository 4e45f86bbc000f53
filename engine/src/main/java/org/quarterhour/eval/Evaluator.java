package org.quarterhour.eval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;
import org.kie.api.event.rule.DefaultRuleRuntimeEventListener;
import org.kie.api.event.rule.ObjectInsertedEvent;
import org.kie.api.runtime.KieSession;
import org.quarterhour.facts.Award;
import org.quarterhour.facts.Community;
import org.quarterhour.inventory.Problem;
import org.quarterhour.pack.PackException;

/**
 * Runs a compiled pack over one community: inserts the community fact, fires the rules (at most {@link #MAX_FIRINGS}
 * times, so that a pack whose rules keep firing is stopped, not hung) and collects each item rule's award.
 */
public final class Evaluator {
    /** Far more than any sheet needs (Hangjin fires 32 rules); a pack that fires more is refused. */
    public static final int MAX_FIRINGS = 10_000;

    private static final LongAdder RUNS = new LongAdder();

    private Evaluator() {
    }

    /** How many times rules have run in this process (a benchmark divides it by what it scored). */
    public static long runs() {
        return RUNS.sum();
    }

    /** The award each item rule gave, by item code; items whose rule did not fire are absent. */
    public static Map<String, Award> run(CompiledPack pack, Community community) throws PackException {
        RUNS.increment();
        KieSession session = pack.sessions().newKieSession();
        Collector collector = new Collector(pack);
        session.addEventListener(collector);
        try {
            session.insert(community);
            int fired = session.fireAllRules(MAX_FIRINGS);
            if (fired >= MAX_FIRINGS) {
                collector.problems.add(problem(pack, "", "rules kept firing past " + MAX_FIRINGS
                        + " firings; a rule probably re-triggers itself (check rules that insert or modify facts)"));
            }
        } catch (RuntimeException | LinkageError | StackOverflowError e) {
            collector.problems.add(problem(pack, "", "a rule failed while running: " + rootMessage(e)
                    + PackCompiler.sandboxHint(e)));
        } finally {
            session.removeEventListener(collector);
            session.dispose(); // back to the pool, emptied
        }
        if (!collector.problems.isEmpty()) {
            throw new PackException(collector.problems);
        }
        return collector.awards;
    }

    private static Problem problem(CompiledPack pack, String rule, String message) {
        return new Problem(pack.pack().location(), 0, 0, rule, message);
    }

    static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        String message = t.getMessage() == null ? "" : ": " + t.getMessage().lines().findFirst().orElse("");
        return t.getClass().getSimpleName() + message;
    }

    /** Ties each inserted award to the rule that inserted it. */
    private static final class Collector extends DefaultRuleRuntimeEventListener {
        private final CompiledPack pack;
        private final Map<String, Award> awards = new HashMap<>();
        private final List<Problem> problems = new ArrayList<>();

        Collector(CompiledPack pack) {
            this.pack = pack;
        }

        @Override
        public void objectInserted(ObjectInsertedEvent event) {
            if (!(event.getObject() instanceof Award award)) {
                return;
            }
            String rule = event.getRule() == null ? "(outside any rule)" : event.getRule().getName();
            ItemSpec item = pack.itemsByRule().get(rule);
            if (item == null) {
                problems.add(problem(pack, "rule \"" + rule + "\"", "inserts an Award but has no @code; only item rules may award"));
            } else if (awards.putIfAbsent(item.code(), award) != null) {
                problems.add(problem(pack, "rule \"" + rule + "\"", "awarded item " + item.code()
                        + " more than once; an item rule fires once per community and inserts one Award"));
            }
        }
    }
}
