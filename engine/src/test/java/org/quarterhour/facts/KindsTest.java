package org.quarterhour.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quarterhour.inventory.FacilityType;
import org.quarterhour.inventory.Inventory;
import org.quarterhour.inventory.InventoryReader;
import org.quarterhour.inventory.Vocabulary;

/**
 * Narrower kinds of a type (vocabulary version 2): a rule asking for the type counts them, {@code coverageExcept} leaves
 * the named ones out, and a facility recorded as the broader type still counts.
 */
class KindsTest {
    private static final Vocabulary VOCABULARY = Vocabulary.bundled();

    /** Compound A reaches only the facility given, at 300 m; compound B reaches nothing. */
    private static Community with(String type) throws Exception {
        String yaml = """
                schema: quarterhour/inventory/v1
                community: { id: K-1, name: 测试社区 }
                inspection: { date: 2026-01-01 }
                compounds:
                  - { id: A, name: 甲, households: 300, gates: [ { id: A1 } ] }
                  - { id: B, name: 乙, households: 100, gates: [ { id: B1 } ] }
                facilities:
                  - { id: F1, type: %s, name: 店, walk_m: { A1: 300 } }
                """.formatted(type);
        Inventory inventory = new InventoryReader(VOCABULARY).parse(yaml.getBytes(StandardCharsets.UTF_8), "kinds.yaml");
        return Community.of(inventory, VOCABULARY, 1200, new BigDecimal("1.3"));
    }

    @Test
    void the_aliases_that_name_a_narrower_kind_resolve_to_it() {
        assertEquals("tailor", VOCABULARY.resolve("改衣").orElseThrow());
        assertEquals("tailor", VOCABULARY.resolve("缝纫店").orElseThrow());
        assertEquals("laundry_tailor", VOCABULARY.resolve("洗衣店").orElseThrow());
        assertEquals("clinic", VOCABULARY.resolve("中医馆").orElseThrow());
        assertEquals("unmanned_store", VOCABULARY.resolve("无人超市").orElseThrow());
        assertEquals("smart_cabinet", VOCABULARY.resolve("自助取水机").orElseThrow());
        assertEquals("party_service_center", VOCABULARY.resolve("社区党群服务中心").orElseThrow());
        assertEquals("reading_room", VOCABULARY.resolve("书屋").orElseThrow());
        assertEquals("bookshop", VOCABULARY.resolve("新式书店").orElseThrow());
    }

    @Test
    void a_type_lists_itself_then_its_kinds_and_a_type_without_kinds_only_itself() {
        assertEquals(List.of("bookstore", "bookshop", "reading_room"), VOCABULARY.withKinds("bookstore"));
        assertEquals(List.of("pharmacy"), VOCABULARY.withKinds("pharmacy"));
        assertEquals(List.of("tailor"), VOCABULARY.withKinds("tailor"));
        List<String> plain = List.of("pharmacy", "bakery");
        assertTrue(plain == VOCABULARY.withKinds(plain), "a list with no kinds is given back as it is");
        assertEquals(List.of("laundry_tailor", "tailor", "pharmacy"), VOCABULARY.withKinds(List.of("laundry_tailor", "pharmacy")));
        assertTrue(VOCABULARY.isKindOf("tailor", "laundry_tailor"));
        assertFalse(VOCABULARY.isKindOf("laundry_tailor", "tailor"));
        assertFalse(VOCABULARY.isKindOf("tailor", "pharmacy"));
    }

    @Test
    void every_kind_keeps_the_class_of_its_broader_type() {
        for (FacilityType t : VOCABULARY.types()) {
            if (t.kindOf() != null) {
                assertEquals(VOCABULARY.type(t.kindOf()).orElseThrow().usualClass(), t.usualClass(), t.code());
            }
        }
    }

    @Test
    void asking_for_the_broader_type_counts_its_kinds() throws Exception {
        Coverage c = with("改衣").coverage("laundry_tailor");
        assertTrue(c.isAny());
        assertEquals(new BigDecimal("300"), c.getCoveredWeight());
        assertEquals(List.of("laundry_tailor"), c.getTypes(), "the question as the rule asked it");
        assertEquals(1, with("改衣").count("laundry_tailor"));
        assertEquals(0, with("洗衣店").count("tailor"));
    }

    @Test
    void coverage_except_leaves_the_named_kinds_out_and_says_so() throws Exception {
        Coverage tailor = with("改衣").coverageExcept("laundry_tailor", "tailor");
        assertFalse(tailor.isAny());
        assertEquals("洗染缝纫店 but not 缝纫店 within 1200 m: no compound covered (0 of 400 households); "
                + "A: no 洗染缝纫店 but not 缝纫店 reaches it; B: no 洗染缝纫店 but not 缝纫店 reaches it", tailor.reason());
        assertEquals(List.of("laundry_tailor"), tailor.asked().types(), "a gap asks for the broader type, which counts");
        assertEquals(List.of("A", "B"), tailor.asked().uncovered());
    }

    @Test
    void a_facility_recorded_as_the_broader_type_or_under_its_alias_counts_where_a_kind_is_left_out() throws Exception {
        assertEquals(new BigDecimal("300"), with("laundry_tailor").coverageExcept("laundry_tailor", "tailor").getCoveredWeight());
        assertEquals(new BigDecimal("300"), with("洗染店").coverageExcept("laundry_tailor", "tailor").getCoveredWeight());
        assertEquals(new BigDecimal("300"), with("图书服务点").coverageExcept("bookstore", "reading_room").getCoveredWeight());
        assertEquals(new BigDecimal("300"), with("新式书店").coverageExcept("bookstore", "reading_room").getCoveredWeight());
        assertEquals(BigDecimal.ZERO, with("书屋").coverageExcept("bookstore", "reading_room").getCoveredWeight());
    }

    @Test
    void a_kind_asked_for_itself_is_not_met_by_its_broader_type() throws Exception {
        assertFalse(with("自助售货机").coverage("unmanned_store").isAny());
        assertTrue(with("智能无人超市").coverage("unmanned_store").isAny());
        assertTrue(with("智能无人超市").coverage("smart_cabinet").isAny());
    }

    @Test
    void leaving_out_what_is_not_a_kind_of_the_type_is_an_error_in_the_rule() throws Exception {
        Community c = with("便利店");
        assertEquals("'tailor' is not a kind of 'convenience_store' in the vocabulary",
                assertThrows(IllegalArgumentException.class, () -> c.coverageExcept("convenience_store", "tailor")).getMessage());
        assertThrows(IllegalArgumentException.class, () -> c.coverageExcept("laundry_tailor"));
    }

    @Test
    void a_vocabulary_whose_kinds_do_not_hold_together_is_refused() {
        FacilityType broad = new FacilityType("broad", "宽", List.of(), "basic");
        assertEquals("facility type narrow is a kind of 'missing', which is not a code of the vocabulary",
                assertThrows(IllegalArgumentException.class, () -> new Vocabulary(List.of(broad,
                        new FacilityType("narrow", "窄", List.of(), "basic", "missing")))).getMessage());
        assertEquals("facility type narrowest is a kind of narrow, itself a kind of broad: kinds go one level deep",
                assertThrows(IllegalArgumentException.class, () -> new Vocabulary(List.of(broad,
                        new FacilityType("narrow", "窄", List.of(), "basic", "broad"),
                        new FacilityType("narrowest", "最窄", List.of(), "basic", "narrow")))).getMessage());
        assertThrows(IllegalArgumentException.class, () -> new FacilityType("loop", "环", List.of(), "basic", "loop"));
    }
}
