package org.quarterhour.report;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Collectors;
import org.quarterhour.inventory.Vocabulary;
import org.quarterhour.verdict.Evidence;

/**
 * An item's evidence as the sheet prints it, one line each: which facility reaches which compound, through which
 * gate, how far, and whether the distance was measured (实测) or estimated from coordinates (估算); or which finding
 * was recorded, and as what.
 */
final class EvidenceText {
    private EvidenceText() {
    }

    static String of(List<Evidence> evidence, Vocabulary vocabulary) {
        return evidence.stream().map(e -> line(e, vocabulary)).collect(Collectors.joining("\n"));
    }

    static String line(Evidence e, Vocabulary vocabulary) {
        if (e.finding() != null) {
            return e.finding() + "：" + value(e.value());
        }
        StringBuilder s = new StringBuilder();
        s.append(e.compound()).append(" ← ").append(e.facility());
        if (e.type() != null) {
            s.append(' ').append(vocabulary.nameOf(e.type()));
        }
        if (Boolean.TRUE.equals(e.serves())) {
            return s.append("（上门服务）").toString();
        }
        s.append("：");
        if (e.gate() != null) {
            s.append(e.gate()).append(" 门 ");
        }
        if (e.distanceM() != null) {
            s.append(e.distanceM().toPlainString()).append(" m");
        }
        if (e.estimated() != null) {
            s.append(e.estimated() ? "（估算）" : "（实测）");
        }
        return s.toString();
    }

    private static String value(Object v) {
        if (v == null) {
            return "未记录";
        }
        if (v instanceof Boolean b) {
            return b ? "是" : "否";
        }
        if (v instanceof BigDecimal n) {
            return n.toPlainString();
        }
        return String.valueOf(v);
    }
}
