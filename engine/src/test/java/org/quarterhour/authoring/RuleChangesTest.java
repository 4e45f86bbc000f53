package org.quarterhour.authoring;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.quarterhour.eval.ItemRules;
import org.quarterhour.inventory.Vocabulary;

/** An item rule's change in the sheet's words, from two rule bodies as {@link ItemRules} reads them. */
class RuleChangesTest {
    private static final RuleChanges AT_1200 = new RuleChanges(Vocabulary.bundled(), 1200, 1200);

    private static String rule(String when, String then) {
        return ItemRules.normalise("when " + when + "\nthen " + then);
    }

    private static final String COVERAGE_THEN = "insert(Award.proportional($coverage));";

    @Test
    void coverage_of_a_type_but_some_of_its_kinds_names_the_kinds_left_out() {
        String before = rule("$community : Community()\n$coverage : Coverage() from $community.coverage(\"fitness\")", COVERAGE_THEN);
        String after = rule("$community : Community()\n$coverage : Coverage() from $community.coverageExcept(\"fitness\", \"gym\")",
                COVERAGE_THEN);
        assertEquals(List.of("coverage -> coverageExcept", "types 运动健身 (fitness) -> 运动健身 (fitness) but not 健身房 (gym)"),
                AT_1200.between(before, after));
    }

    @Test
    void the_packs_radius_is_named_with_its_metres_on_each_side() {
        RuleChanges widened = new RuleChanges(Vocabulary.bundled(), 1000, 1200);
        String before = rule("$c : Coverage() from $community.coverage(\"pharmacy\")", "insert(Award.everyCompound($c));");
        String after = rule("$c : Coverage() from $community.coverage(1000, \"pharmacy\")", "insert(Award.everyCompound($c));");
        assertEquals(List.of("radius 1000 m (the pack's) -> 1000 m"), widened.between(before, after),
                "the same metres, but the new rule no longer follows the pack's radius");
    }

    @Test
    void a_question_added_lists_both_sides_whole() {
        String then2 = "insert(Award.atLeastOf(1, $community.coverage(\"parcel_locker\"), $community.coverage(600, \"smart_cabinet\")));";
        String then1 = "insert(Award.atLeastOf(1, $community.coverage(\"parcel_locker\")));";
        assertEquals(List.of("asks coverage within 1200 m (the pack's) of 智能快件箱 (parcel_locker) -> coverage within 1200 m (the pack's)"
                        + " of 智能快件箱 (parcel_locker); coverage within 600 m of 智能箱柜 (smart_cabinet)"),
                AT_1200.between(rule("$community : Community()", then1), rule("$community : Community()", then2)));
    }

    @Test
    void findings_asked_for_are_listed_and_an_awards_arguments_named() {
        String before = rule("$f : Findings() from $community.findings(\"organization\", \"plan_goals\")", "insert(Award.allFindings($f));");
        String after = rule("$f : Findings() from $community.findings(\"organization\", \"plan_goals\", \"plan_steps\")",
                "insert(Award.perFinding($f, 1));");
        assertEquals(List.of("findings organization, plan_goals -> organization, plan_goals, plan_steps", "award allFindings($f) -> perFinding($f, 1)"),
                AT_1200.between(before, after));
    }

    @Test
    void a_threshold_or_a_count_changed_is_named_in_the_award() {
        String before = rule("$community : Community()", "insert(Award.atLeast($community.measure(\"service_center.area_m2\"), \"100\"));");
        String after = rule("$community : Community()", "insert(Award.atLeast($community.measure(\"service_center.area_m2\"), \"120\"));");
        assertEquals(List.of("award atLeast(…, \"100\") -> atLeast(…, \"120\")"), AT_1200.between(before, after));
        String renamed = rule("$community : Community()", "insert(Award.met($community.measure(\"service_center.area_m2\") != null, \"120\"));");
        assertEquals(List.of("award atLeast(…, \"100\") -> met(…, \"120\")"), AT_1200.between(before, renamed));
        String two = rule("$community : Community()", "insert(Award.atLeastOf(2, $community.coverage(\"parcel_locker\"), $community.coverage(\"ev_charging\")));");
        String three = rule("$community : Community()", "insert(Award.atLeastOf(3, $community.coverage(\"parcel_locker\"), $community.coverage(\"ev_charging\")));");
        assertEquals(List.of("award atLeastOf(2, …, …) -> atLeastOf(3, …, …)"), AT_1200.between(two, three));
    }

    @Test
    void types_only_reordered_are_no_change() {
        String ab = rule("$c : Coverage() from $community.coverage(\"fresh_market\", \"farmers_market\")", COVERAGE_THEN);
        String ba = rule("$c : Coverage() from $community.coverage(\"farmers_market\", \"fresh_market\")", COVERAGE_THEN);
        assertEquals(List.of(), AT_1200.between(ab, ba));
        String except = rule("$c : Coverage() from $community.coverageExcept(\"bookstore\", \"bookshop\", \"reading_room\")", COVERAGE_THEN);
        String swapped = rule("$c : Coverage() from $community.coverageExcept(\"bookstore\", \"reading_room\", \"bookshop\")", COVERAGE_THEN);
        assertEquals(List.of(), AT_1200.between(except, swapped));
    }

    @Test
    void comments_and_layout_are_not_the_rule_but_text_in_quotes_is() {
        assertEquals("when $c:Coverage()from $community.coverage(\"a // b\",\"c  d\")then insert(Award.proportional($c));",
                ItemRules.normalise("when  $c : Coverage() // the shop\n  from  $community.coverage( \"a // b\", \"c  d\" )\n"
                        + "then /* one award */ insert(Award.proportional($c));"));
        assertEquals(ItemRules.normalise("when\n    $community : Community()\nthen\n    insert(Award.notApplicable(\"x\"));\n"),
                ItemRules.normalise("when $community:Community() then insert(Award.notApplicable(\"x\")); // same"));
    }
}
