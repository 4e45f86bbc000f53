package org.quarterhour.inventory;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FormulaError;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * What a cell holds, as the YAML node the same value would be in a file: a number cell (or a number typed as text) an
 * int or float, 是/否 and TRUE/FALSE a boolean, anything that does not fit its field plain text, so that the inventory
 * checks report it in their own words ("expected a number, found 'many'").
 */
final class CellNodes {
    private static final Pattern INTEGER = Pattern.compile("[-+]?\\d+");
    private static final Pattern DECIMAL = Pattern.compile("[-+]?(\\d+\\.?\\d*|\\.\\d+)([eE][-+]?\\d+)?");

    private CellNodes() {
    }

    /** A cell's value: text, a number (BigDecimal), true/false, a date; null when empty. Formulas give their last result. */
    static Object value(Cell cell) {
        if (cell == null) {
            return null;
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        return switch (type) {
            case STRING -> {
                String s = cell.getStringCellValue().strip();
                yield s.isEmpty() ? null : s;
            }
            case NUMERIC -> DateUtil.isCellDateFormatted(cell) ? cell.getLocalDateTimeCellValue().toLocalDate()
                    : BigDecimal.valueOf(cell.getNumericCellValue());
            case BOOLEAN -> cell.getBooleanCellValue();
            case ERROR -> FormulaError.forInt(cell.getErrorCellValue()).getString();
            default -> null;
        };
    }

    /** A value as text: numbers without trailing zeros, dates as YYYY-MM-DD. */
    static String text(Object v) {
        if (v instanceof BigDecimal n) {
            return plain(n);
        }
        return String.valueOf(v);
    }

    private static String plain(BigDecimal n) {
        BigDecimal s = n.stripTrailingZeros();
        return (s.scale() < 0 ? s.setScale(0) : s).toPlainString();
    }

    /** A number cell, or text that reads as one (numbers stored as text); anything else stays text and is reported. */
    static Node number(Object v) {
        if (v instanceof BigDecimal n) {
            String plain = plain(n);
            return scalar(plain.contains(".") ? Tag.FLOAT : Tag.INT, plain);
        }
        if (v instanceof Boolean b) {
            return scalar(Tag.BOOL, b.toString());
        }
        String s = text(v);
        if (INTEGER.matcher(s).matches()) {
            return scalar(Tag.INT, s);
        }
        return scalar(DECIMAL.matcher(s).matches() ? Tag.FLOAT : Tag.STR, s);
    }

    static Node bool(Object v) {
        if (v instanceof Boolean b) {
            return scalar(Tag.BOOL, b.toString());
        }
        String s = text(v).toLowerCase(Locale.ROOT);
        if (InventorySheets.YES.contains(s)) {
            return scalar(Tag.BOOL, "true");
        }
        if (InventorySheets.NO.contains(s)) {
            return scalar(Tag.BOOL, "false");
        }
        return scalar(Tag.STR, text(v));
    }

    /** {@code community} (or 全社区) for every compound, else compound ids separated by commas or spaces. */
    static Node serves(Object v) {
        String s = text(v);
        if (s.equalsIgnoreCase("community") || s.equals("全社区")) {
            return scalar(Tag.STR, "community");
        }
        return list(v);
    }

    static SequenceNode list(Object v) {
        List<Node> items = new ArrayList<>();
        for (String part : text(v).split("[,，;；、\\s]+")) {
            if (!part.isBlank()) {
                items.add(scalar(Tag.STR, part.strip()));
            }
        }
        return sequence(items);
    }

    /**
     * {@code A1: 430, B1: 980} (also with ：，；、 or =) as the mapping {@code walk_m} is in YAML; a pair without its gate
     * or its metres is handed to {@code malformed} and left out.
     */
    static MappingNode walks(Object v, Consumer<String> malformed) {
        List<NodeTuple> tuples = new ArrayList<>();
        String textValue = text(v);
        for (String part : textValue.split("[,，;；、\\n]+")) {
            String pair = part.strip();
            if (pair.isEmpty()) {
                continue;
            }
            String[] gateAndMetres = pair.split("[:：=]", 2);
            if (gateAndMetres.length != 2 || gateAndMetres[0].isBlank() || gateAndMetres[1].isBlank()) {
                malformed.accept("expected gate: metres pairs such as 'A1: 430, B1: 980', found '" + pair + "'");
                continue;
            }
            ScalarNode key = scalar(Tag.STR, gateAndMetres[0].strip());
            Node metres = number(gateAndMetres[1].strip());
            tuples.add(new NodeTuple(key, metres));
        }
        return new MappingNode(Tag.MAP, tuples, DumperOptions.FlowStyle.FLOW);
    }

    static ScalarNode scalar(Tag tag, String value) {
        return new ScalarNode(tag, value, null, null, DumperOptions.ScalarStyle.PLAIN);
    }

    static SequenceNode sequence(List<Node> items) {
        return new SequenceNode(Tag.SEQ, new ArrayList<>(items), DumperOptions.FlowStyle.BLOCK);
    }
}
