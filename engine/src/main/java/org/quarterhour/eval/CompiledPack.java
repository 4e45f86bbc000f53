package org.quarterhour.eval;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.kie.api.KieBase;
import org.kie.api.runtime.KieSessionsPool;
import org.quarterhour.pack.Pack;

/**
 * A pack compiled once and reused for every community: a pool of its knowledge base's sessions (a disposed session
 * is reset and handed out again, cheaper than building one per community), and its items in sheet order.
 */
public final class CompiledPack {
    private final Pack pack;
    private final KieSessionsPool sessions;
    private final List<ItemSpec> items;
    private final Map<String, ItemSpec> itemsByRule;

    CompiledPack(Pack pack, KieBase kieBase, List<ItemSpec> items) {
        this.pack = pack;
        this.sessions = kieBase.newKieSessionsPool(2);
        this.items = List.copyOf(items);
        Map<String, ItemSpec> byRule = new HashMap<>();
        items.forEach(i -> byRule.put(i.rule(), i));
        this.itemsByRule = Map.copyOf(byRule);
    }

    public Pack pack() {
        return pack;
    }

    /** The compiled pack's content hash: its pack's. */
    public String sha256() {
        return pack.sha256();
    }

    KieSessionsPool sessions() {
        return sessions;
    }

    public List<ItemSpec> items() {
        return items;
    }

    /** The item each item rule scores, by rule name. */
    Map<String, ItemSpec> itemsByRule() {
        return itemsByRule;
    }
}
