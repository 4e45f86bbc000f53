package org.quarterhour.eval;

import java.util.List;
import java.util.Map;
import org.kie.api.KieBase;
import org.kie.api.runtime.KieSessionsPool;
import org.quarterhour.pack.Pack;

/**
 * A pack compiled once and reused for every community: its knowledge base, a pool of its sessions (a disposed
 * session is reset and handed out again, cheaper than building one per community), and its items in sheet order.
 */
public record CompiledPack(Pack pack, String sha256, KieBase kieBase, KieSessionsPool sessions, List<ItemSpec> items,
        Map<String, ItemSpec> itemsByRule) {
    public CompiledPack(Pack pack, String sha256, KieBase kieBase, List<ItemSpec> items, Map<String, ItemSpec> itemsByRule) {
        this(pack, sha256, kieBase, kieBase.newKieSessionsPool(2), items, itemsByRule);
    }

    public CompiledPack {
        items = List.copyOf(items);
        itemsByRule = Map.copyOf(itemsByRule);
    }
}
