package org.quarterhour.tester;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.quarterhour.Engine;
import org.quarterhour.eval.CompiledPack;
import org.quarterhour.eval.ItemSpec;
import org.quarterhour.pack.Pack;
import org.quarterhour.pack.PackException;
import org.quarterhour.verdict.Item;
import org.quarterhour.verdict.Verdict;

/** Runs test cases against one pack and works out which items the cases exercise (cases check points, not plans). */
public final class PackTester {
    private final Engine engine;

    public PackTester(Engine engine) {
        this.engine = engine;
    }

    public PackTestReport run(Pack pack, List<TestCase> cases) throws PackException {
        CompiledPack compiled = engine.compile(pack);
        List<String> codes = compiled.items().stream().map(ItemSpec::code).toList();
        Set<String> awarded = new LinkedHashSet<>();
        Set<String> zero = new LinkedHashSet<>();
        List<CaseResult> results = new ArrayList<>();
        for (TestCase c : cases) {
            List<String> mismatch = new ArrayList<>();
            if (c.standard() != null && !refersTo(c.standard(), pack)) {
                mismatch.add("the case is for " + c.standard() + ", not " + pack.manifest().ref());
            }
            Verdict v = engine.withoutPlans().score(c.inventory(), pack, c.detourFactor());
            for (Item i : v.items()) {
                if (!i.applicable()) {
                    continue;
                }
                if (i.countsAsMet() || (i.awarded() != null && i.awarded().signum() > 0)) {
                    awarded.add(i.code());
                }
                if (!i.countsAsMet()) {
                    zero.add(i.code());
                }
            }
            CaseResult r = CaseChecker.check(c, v);
            mismatch.addAll(r.differences());
            results.add(new CaseResult(c, v, mismatch));
        }
        return new PackTestReport(results, codes, codes.stream().filter(code -> !awarded.contains(code)).toList(),
                codes.stream().filter(code -> !zero.contains(code)).toList());
    }

    /**
     * The cases that name another standard or version than {@code pack}, in the order given: a run refuses them
     * before any case runs, as every one of them would fail for the same reason.
     */
    public static List<TestCase> forAnotherPack(Pack pack, List<TestCase> cases) {
        return cases.stream().filter(c -> c.standard() != null && !refersTo(c.standard(), pack)).toList();
    }

    private static boolean refersTo(String ref, Pack pack) {
        int at = ref.indexOf('@');
        String id = at < 0 ? ref : ref.substring(0, at);
        return id.equals(pack.manifest().id()) && (at < 0 || ref.substring(at + 1).equals(pack.manifest().version()));
    }
}
