package org.quarterhour.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.quarterhour.facts.Asked;
import org.quarterhour.inventory.Facility;
import org.quarterhour.inventory.Vocabulary;
import org.quarterhour.pack.Manifest;
import org.quarterhour.verdict.CategoryResult;
import org.quarterhour.verdict.Grading;
import org.quarterhour.verdict.Item;
import org.quarterhour.verdict.Plan;

/**
 * The planner against a toy standard whose answer is known by hand: a set-cover puzzle on which adding, one at a time,
 * whatever meets most items needs three facilities where two suffice. 14 checklist items in one all-met category;
 * each facility type meets the items it covers; one compound.
 */
class PlannerTest {
    private static final Manifest TOY = new Manifest("toy", "1", "toy", "issuer", "doc", LocalDate.of(2020, 1, 1), null, 1200,
            java.math.BigDecimal.ONE, null, null,
            List.of(new Manifest.Category("basic", "基本", null, null, true, "T-1")),
            List.of(new Manifest.Outcome("none", "未达", 0, null, List.of(), List.of(), "T-2"),
                    new Manifest.Outcome("ok", "达标", 1, null, List.of("basic"), List.of(), "T-3")));

    /** o1 and o2 split the items in halves; g1 takes 8, g2 the next 4, g3 the last 2 — the greedy's path. */
    private static Map<String, Set<Integer>> puzzle() {
        Map<String, Set<Integer>> covers = new LinkedHashMap<>();
        covers.put("o1", range(1, 7));
        covers.put("o2", range(8, 14));
        covers.put("g1", Set.of(1, 2, 3, 4, 8, 9, 10, 11));
        covers.put("g2", Set.of(5, 6, 12, 13));
        covers.put("g3", Set.of(7, 14));
        return covers;
    }

    private static Set<Integer> range(int from, int to) {
        return IntStream.rangeClosed(from, to).boxed().collect(Collectors.toSet());
    }

    /** Scores the toy: item i is met where a facility of a type covering it was added. Counts its trials. */
    private static Trials toy(Map<String, Set<Integer>> covers, AtomicInteger trials) {
        return added -> {
            trials.incrementAndGet();
            Set<String> have = added.stream().map(Facility::type).collect(Collectors.toSet());
            List<Item> items = new ArrayList<>();
            Map<String, List<Asked>> asked = new HashMap<>();
            for (int i = 1; i <= 14; i++) {
                int item = i;
                List<String> types = covers.entrySet().stream().filter(e -> e.getValue().contains(item)).map(Map.Entry::getKey)
                        .sorted().toList();
                boolean met = types.stream().anyMatch(have::contains);
                items.add(new Item("I" + i, "item " + i, "basic", null, null, null, met, true, null, List.of(), ""));
                asked.put("I" + i, List.of(new Asked(types, 1200, met ? List.of() : List.of("A"))));
            }
            Grading grading = new Grading(TOY);
            List<CategoryResult> categories = grading.categories(items);
            return new Trial(items, categories, Grading.sum(items), grading.outcome(items, categories), asked);
        };
    }

    private static Set<String> types(Plan.Step step) {
        return step.additions().stream().map(Plan.Addition::type).collect(Collectors.toCollection(TreeSet::new));
    }

    @Test
    void where_the_candidates_are_few_every_smaller_set_is_tried_and_the_fewest_found() throws Exception {
        Trials trials = toy(puzzle(), new AtomicInteger());
        Plan plan = new Planner(TOY, Vocabulary.bundled(), trials).plan(trials.score(List.of()));
        Plan.Step step = plan.steps().get(0);
        assertTrue(step.reachable());
        assertEquals(Set.of("o1", "o2"), types(step), "the greedy's g1, g2, g3 is three; o1 and o2 is two");
        assertEquals(2, step.facilities());
        assertEquals(Plan.EXHAUSTIVE, step.search());
        assertEquals("ok", step.reaches().code());
        assertEquals(1, plan.steps().size(), "no outcome after ok");
    }

    @Test
    void where_the_candidates_are_too_many_to_try_the_greedy_answer_is_kept_without_a_facility_to_spare() throws Exception {
        Map<String, Set<Integer>> covers = puzzle();
        for (int i = 1; i <= 14; i++) {
            for (int j = i + 1; j <= 14; j++) {
                covers.put("z" + i + "_" + j, Set.of(i, j));
            }
        }
        AtomicInteger count = new AtomicInteger();
        Trials trials = toy(covers, count);
        Plan.Step step = new Planner(TOY, Vocabulary.bundled(), trials).plan(trials.score(List.of())).steps().get(0);
        assertEquals(Set.of("g1", "g2", "g3"), types(step));
        assertEquals(Plan.GREEDY, step.search(), "96 candidates: the 4,656 sets of one or two are more than the proof may try");
        assertTrue(count.get() < Planner.MAX_TRIALS, "bounded: " + count.get());
        for (String spared : types(step)) {
            List<Facility> others = types(step).stream().filter(t -> !t.equals(spared))
                    .map(t -> new Facility("x" + t, t, null, null, null, false, List.of("A"), null)).toList();
            assertFalse(trials.score(others).outcome().code().equals("ok"), "without " + spared + " it is not reached");
        }
    }

    @Test
    void additions_are_listed_best_first_with_what_each_one_lifts() throws Exception {
        Trials trials = toy(puzzle(), new AtomicInteger());
        Plan.Step step = new Planner(TOY, Vocabulary.bundled(), trials).plan(trials.score(List.of())).steps().get(0);
        Plan.Addition first = step.additions().get(0);
        assertEquals("o1", first.type(), "o1 and o2 tie at 7 items; the first by code comes first");
        assertEquals(List.of("A"), first.compounds());
        assertEquals(List.of("I1", "I2", "I3", "I4", "I5", "I6", "I7"), first.items());
        assertEquals(7, first.itemsMet());
    }

    @Test
    void an_outcome_facilities_cannot_reach_says_so_and_what_still_fails() throws Exception {
        Map<String, Set<Integer>> covers = puzzle();
        covers.remove("o2");
        covers.remove("g1");
        covers.remove("g2");
        covers.remove("g3");
        Trials trials = toy(covers, new AtomicInteger());
        Plan.Step step = new Planner(TOY, Vocabulary.bundled(), trials).plan(trials.score(List.of())).steps().get(0);
        assertFalse(step.reachable());
        assertEquals(Set.of("o1"), types(step), "o1 gets closest");
        assertEquals(1, step.remaining().size());
        assertTrue(step.remaining().get(0).contains("I8 item 8"), step.remaining().get(0));
    }
}
