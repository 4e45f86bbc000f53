package org.quarterhour.inventory;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/** The inspector's findings on the convenience service centre (便民服务中心): its area, yes/no findings and online services. */
public record ServiceCenter(BigDecimal areaM2, SortedMap<String, Boolean> findings, List<String> onlineServices) {
    public ServiceCenter {
        findings = Collections.unmodifiableSortedMap(findings == null ? new TreeMap<>() : new TreeMap<>(findings));
        onlineServices = onlineServices == null ? List.of() : onlineServices.stream().sorted().distinct().toList();
    }

}
