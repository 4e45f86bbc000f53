package org.quarterhour.eval;

import java.util.List;
import java.util.Map;
import org.kie.api.KieBase;
import org.quarterhour.pack.Pack;

/** A pack compiled once and reused for every community: its knowledge base and its items in sheet order. */
public record CompiledPack(Pack pack, String sha256, KieBase kieBase, List<ItemSpec> items, Map<String, ItemSpec> itemsByRule) {
    public CompiledPack {
        items = List.copyOf(items);
        itemsByRule = Map.copyOf(itemsByRule);
    }
}
