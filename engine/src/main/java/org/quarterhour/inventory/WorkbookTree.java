package org.quarterhour.inventory;

import static org.quarterhour.inventory.InventorySheets.FIRST_DATA_ROW;
import static org.quarterhour.inventory.InventorySheets.FIRST_FIELD_ROW;
import static org.quarterhour.inventory.InventorySheets.KEY_COLUMN;
import static org.quarterhour.inventory.InventorySheets.KEY_ROW;
import static org.quarterhour.inventory.InventorySheets.MAX_ROWS;
import static org.quarterhour.inventory.InventorySheets.VALUE_COLUMN;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.quarterhour.inventory.InventorySheets.Field;
import org.quarterhour.inventory.InventorySheets.Kind;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * A workbook's cells as the YAML node tree the same inventory would have as a file, with the cell behind every node
 * and every path, so that each problem the inventory checks find is placed at its cell ({@code Facilities!C7}). An
 * empty cell is a value not given; its path still leads to the cell, so that "required field is missing" points
 * where it should be written.
 */
final class WorkbookTree {
    /** A cell (row and column from 1), or a whole sheet (row 0). */
    private record Place(String sheet, int row, int column) {
        static Place cell(Sheet sheet, int rowIndex, int columnIndex) {
            return new Place(sheet.getSheetName(), rowIndex + 1, columnIndex + 1);
        }
    }

    private final String file;
    private final Map<String, Place> byPath = new HashMap<>();
    private final Map<Node, Place> byNode = new IdentityHashMap<>();
    private final YamlTree tree;
    private MappingNode root;

    private WorkbookTree(String file) {
        this.file = file;
        this.tree = new YamlTree(this::locate);
    }

    /**
     * The tree of a workbook; refuses one whose shape is not the template's (a required sheet missing, a column key
     * unknown), since its cells cannot be read as fields then.
     */
    static WorkbookTree of(XSSFWorkbook workbook, String file) throws InvalidInputException {
        WorkbookTree t = new WorkbookTree(file);
        List<Problem> shape = new ArrayList<>();
        Map<String, Map<Integer, Field>> columns = new HashMap<>();
        for (String required : List.of(InventorySheets.COMMUNITY, InventorySheets.COMPOUNDS)) {
            if (workbook.getSheet(required) == null) {
                shape.add(Problem.inCell(file, required, 0, 0, "", "the workbook has no sheet '" + required
                        + "' (it has " + sheetNames(workbook) + "); start from 'quarterhour template FILE.xlsx'"));
            }
        }
        for (var table : Map.of(InventorySheets.COMPOUNDS, InventorySheets.COMPOUND_COLUMNS,
                InventorySheets.FACILITIES, InventorySheets.FACILITY_COLUMNS).entrySet()) {
            Sheet sheet = workbook.getSheet(table.getKey());
            if (sheet != null) {
                columns.put(table.getKey(), t.columns(sheet, table.getValue(), shape));
            }
        }
        for (Sheet sheet : workbook) {
            if (sheet.getLastRowNum() >= MAX_ROWS) {
                shape.add(Problem.inCell(file, sheet.getSheetName(), 0, 0, "", "more than " + MAX_ROWS + " rows; an inventory sheet has fewer"));
            }
        }
        if (!shape.isEmpty()) {
            throw new InvalidInputException(shape);
        }
        t.root = t.build(workbook, columns);
        return t;
    }

    YamlTree tree() {
        return tree;
    }

    Node root() {
        return root;
    }

    private static String sheetNames(XSSFWorkbook workbook) {
        List<String> names = new ArrayList<>();
        workbook.sheetIterator().forEachRemaining(s -> names.add(s.getSheetName()));
        return String.join(", ", names);
    }

    /** The node's own cell, else the cell of its exact path, else of the nearest enclosing path, else the file. */
    private Problem locate(Node at, String path, String message) {
        Place place = at == null ? null : byNode.get(at);
        if (place == null) {
            place = byPath.get(path);
        }
        for (String p = path; place == null && !p.isEmpty(); p = parent(p)) {
            place = byPath.get(p);
        }
        return place == null ? new Problem(file, 0, 0, path, message)
                : Problem.inCell(file, place.sheet(), place.row(), place.column(), path, message);
    }

    private static String parent(String path) {
        int cut = Math.max(path.lastIndexOf('.'), path.lastIndexOf('['));
        return cut <= 0 ? "" : path.substring(0, cut);
    }

    /** Row 2 of a table sheet names each column's field by its key. */
    private Map<Integer, Field> columns(Sheet sheet, List<Field> fields, List<Problem> shape) {
        Map<Integer, Field> byColumn = new TreeMap<>();
        Row keys = sheet.getRow(KEY_ROW);
        Map<String, Integer> seen = new HashMap<>();
        Set<String> known = fields.stream().map(Field::key).collect(Collectors.toSet());
        if (keys != null) {
            for (Cell cell : keys) {
                Object v = CellNodes.value(cell);
                if (v == null) {
                    continue;
                }
                String key = CellNodes.text(v);
                Place place = Place.cell(sheet, KEY_ROW, cell.getColumnIndex());
                var field = InventorySheets.field(fields, key);
                if (field.isEmpty()) {
                    String hint = Suggestions.closest(key, known).map(s -> "; did you mean '" + s + "'?")
                            .orElse("; expected one of " + String.join(", ", fields.stream().map(Field::key).toList()));
                    shape.add(Problem.inCell(file, place.sheet(), place.row(), place.column(), "",
                            "unknown column key '" + key + "' (row 2 names each column's field)" + hint));
                } else if (seen.putIfAbsent(key, cell.getColumnIndex()) != null) {
                    shape.add(Problem.inCell(file, place.sheet(), place.row(), place.column(), "",
                            "column key '" + key + "' is given twice (first in column " + Problem.columnLetters(seen.get(key) + 1) + ")"));
                } else {
                    byColumn.put(cell.getColumnIndex(), field.get());
                }
            }
        }
        for (Field f : fields) {
            if (f.required() && !seen.containsKey(f.key())) {
                shape.add(Problem.inCell(file, sheet.getSheetName(), KEY_ROW + 1, 0, "",
                        "no column with key '" + f.key() + "' (" + f.label() + ") in row 2; it is required"));
            }
        }
        return byColumn;
    }

    private MappingNode build(XSSFWorkbook workbook, Map<String, Map<Integer, Field>> columns) {
        Map<String, Object> top = new LinkedHashMap<>();
        top.put("schema", CellNodes.scalar(Tag.STR, Inventory.SCHEMA));
        Sheet community = workbook.getSheet(InventorySheets.COMMUNITY);
        byPath.put("community", new Place(InventorySheets.COMMUNITY, 0, 0));
        top.put("community", new LinkedHashMap<String, Object>());
        fields(community, InventorySheets.COMMUNITY_FIELDS, top);
        top.put("compounds", compounds(workbook.getSheet(InventorySheets.COMPOUNDS), columns.get(InventorySheets.COMPOUNDS)));
        Sheet facilities = workbook.getSheet(InventorySheets.FACILITIES);
        if (facilities != null) {
            SequenceNode list = facilities(facilities, columns.get(InventorySheets.FACILITIES));
            if (!list.getValue().isEmpty()) {
                top.put("facilities", list);
            }
        }
        for (var block : Map.of(InventorySheets.ORGANIZATION, InventorySheets.ORGANIZATION_FIELDS,
                InventorySheets.SERVICE_CENTER, InventorySheets.SERVICE_CENTER_FIELDS).entrySet()) {
            Sheet sheet = workbook.getSheet(block.getKey());
            if (sheet != null) {
                byPath.put(InventorySheets.blockOf(block.getKey()), new Place(block.getKey(), 0, 0));
                fields(sheet, block.getValue(), top);
            }
        }
        return mappingOf(top);
    }

    /** A field sheet: column B's key (dotted under the sheet's block), column C's value; an empty value is not given. */
    @SuppressWarnings("unchecked")
    private void fields(Sheet sheet, List<Field> known, Map<String, Object> top) {
        String block = InventorySheets.blockOf(sheet.getSheetName());
        Map<String, Integer> seen = new HashMap<>();
        for (int r = FIRST_FIELD_ROW; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            Object keyValue = row == null ? null : CellNodes.value(row.getCell(KEY_COLUMN));
            Object value = row == null ? null : CellNodes.value(row.getCell(VALUE_COLUMN));
            Place keyPlace = Place.cell(sheet, r, KEY_COLUMN);
            Place valuePlace = Place.cell(sheet, r, VALUE_COLUMN);
            if (keyValue == null) {
                if (value != null) {
                    problem(keyPlace, "", "a value in column C needs its field's key in column B");
                }
                continue;
            }
            String key = CellNodes.text(keyValue);
            String path = block.isEmpty() ? key : block + "." + key;
            Integer first = seen.putIfAbsent(path, r + 1);
            if (first != null) {
                problem(keyPlace, path, "'" + key + "' is given twice (first in row " + first + ")");
                continue;
            }
            byPath.put(path, valuePlace);
            if (value == null) {
                continue;
            }
            Kind kind = InventorySheets.field(known, key).map(Field::kind).orElse(block.isEmpty() ? Kind.TEXT : Kind.BOOL);
            Map<String, Object> into = top;
            String[] parts = path.split("\\.");
            for (int i = 0; i < parts.length - 1; i++) {
                Object inner = into.computeIfAbsent(parts[i], k -> new LinkedHashMap<String, Object>());
                if (!(inner instanceof Map<?, ?>)) {
                    problem(keyPlace, path, "'" + parts[i] + "' is a value, so it cannot hold '" + key + "'");
                    into = null;
                    break;
                }
                into = (Map<String, Object>) inner;
            }
            if (into != null) {
                ScalarNode keyNode = CellNodes.scalar(Tag.STR, parts[parts.length - 1]);
                byNode.put(keyNode, keyPlace);
                into.put(parts[parts.length - 1], new Keyed(keyNode, node(kind, value, path, valuePlace)));
            }
        }
    }

    /** A value with the node of the key it was read under, so that a problem with the key is placed at the key's cell. */
    private record Keyed(ScalarNode key, Node value) {
    }

    /** One row per gate; a row with no compound id of its own (or the same one) adds a gate to the compound above. */
    private SequenceNode compounds(Sheet sheet, Map<Integer, Field> columns) {
        byPath.put("compounds", Place.cell(sheet, FIRST_DATA_ROW, 0));
        List<Node> compounds = new ArrayList<>();
        String currentId = null;
        Map<String, Object> current = null;
        List<Node> gates = null;
        Map<String, Object> firstRowValues = null;
        int firstRow = 0;
        for (int r = FIRST_DATA_ROW; r <= sheet.getLastRowNum(); r++) {
            Map<String, Object> cells = rowValues(sheet.getRow(r), columns);
            if (cells.isEmpty()) {
                continue;
            }
            Object compoundId = cells.get("compound");
            boolean continues = current != null && (compoundId == null || CellNodes.text(compoundId).equals(currentId));
            if (!continues) {
                if (current != null) {
                    compounds.add(compound(current, gates));
                }
                String path = YamlTree.index("compounds", compounds.size());
                current = new LinkedHashMap<>();
                gates = new ArrayList<>();
                currentId = compoundId == null ? null : CellNodes.text(compoundId);
                firstRowValues = cells;
                firstRow = r;
                current.put("_path", path);
                byPath.put(path, Place.cell(sheet, r, 0));
                place(sheet, r, columns, "compound", path + ".id");
                place(sheet, r, columns, "name", path + ".name");
                place(sheet, r, columns, "households", path + ".households");
                place(sheet, r, columns, "gate", path + ".gates");
                putIfGiven(current, "id", Kind.TEXT, cells.get("compound"), path + ".id");
                putIfGiven(current, "name", Kind.TEXT, cells.get("name"), path + ".name");
                putIfGiven(current, "households", Kind.WHOLE, cells.get("households"), path + ".households");
            } else {
                for (String key : List.of("name", "households")) {
                    Object here = cells.get(key);
                    Object there = firstRowValues.get(key);
                    if (here != null && (there == null || !CellNodes.text(here).equals(CellNodes.text(there)))) {
                        problem(placeOf(sheet, r, columns, key), (String) current.get("_path") + "." + key,
                                "a gate row of compound '" + currentId + "' gives " + key + " '" + CellNodes.text(here)
                                        + "', but its first row (" + (firstRow + 1) + ") gives "
                                        + (there == null ? "none" : "'" + CellNodes.text(there) + "'") + "; give it once, on the first row");
                    }
                }
            }
            Node gate = gate(sheet, r, columns, cells, YamlTree.index(current.get("_path") + ".gates", gates.size()));
            if (gate != null) {
                gates.add(gate);
            }
        }
        if (current != null) {
            compounds.add(compound(current, gates));
        }
        return CellNodes.sequence(compounds);
    }

    private Node compound(Map<String, Object> values, List<Node> gates) {
        values.remove("_path");
        if (!gates.isEmpty()) {
            values.put("gates", CellNodes.sequence(gates));
        }
        return mappingOf(values);
    }

    private Node gate(Sheet sheet, int r, Map<Integer, Field> columns, Map<String, Object> cells, String path) {
        if (cells.get("gate") == null && cells.get("lat") == null && cells.get("lon") == null && cells.get("crs") == null) {
            return null;
        }
        byPath.put(path, placeOf(sheet, r, columns, "gate"));
        place(sheet, r, columns, "gate", path + ".id");
        Map<String, Object> gate = new LinkedHashMap<>();
        putIfGiven(gate, "id", Kind.TEXT, cells.get("gate"), path + ".id");
        point(sheet, r, columns, cells, path, gate);
        return mappingOf(gate);
    }

    private SequenceNode facilities(Sheet sheet, Map<Integer, Field> columns) {
        byPath.put("facilities", new Place(sheet.getSheetName(), 0, 0));
        List<Node> facilities = new ArrayList<>();
        for (int r = FIRST_DATA_ROW; r <= sheet.getLastRowNum(); r++) {
            Map<String, Object> cells = rowValues(sheet.getRow(r), columns);
            if (cells.isEmpty()) {
                continue;
            }
            String path = YamlTree.index("facilities", facilities.size());
            byPath.put(path, Place.cell(sheet, r, 0));
            Map<String, Object> facility = new LinkedHashMap<>();
            for (String key : List.of("id", "type", "name")) {
                place(sheet, r, columns, key, path + "." + key);
                putIfGiven(facility, key, Kind.TEXT, cells.get(key), path + "." + key);
            }
            point(sheet, r, columns, cells, path, facility);
            for (String key : List.of("walk_m", "serves", "area_m2")) {
                place(sheet, r, columns, key, path + "." + key);
                Kind kind = key.equals("area_m2") ? Kind.NUMBER : key.equals("walk_m") ? Kind.WALKS : Kind.SERVES;
                putIfGiven(facility, key, kind, cells.get(key), path + "." + key);
            }
            facilities.add(mappingOf(facility));
        }
        return CellNodes.sequence(facilities);
    }

    /** {@code at: [lat, lon]} from two cells (an empty one stays empty, and is reported as such) and {@code crs}. */
    private void point(Sheet sheet, int r, Map<Integer, Field> columns, Map<String, Object> cells, String path, Map<String, Object> into) {
        place(sheet, r, columns, "lat", path + ".at");
        place(sheet, r, columns, "lat", path + ".at[0]");
        place(sheet, r, columns, "lon", path + ".at[1]");
        place(sheet, r, columns, "crs", path + ".crs");
        Object lat = cells.get("lat");
        Object lon = cells.get("lon");
        if (lat != null || lon != null) {
            Node latNode = lat == null ? CellNodes.scalar(Tag.NULL, "") : node(Kind.NUMBER, lat, path + ".at[0]", byPath.get(path + ".at[0]"));
            Node lonNode = lon == null ? CellNodes.scalar(Tag.NULL, "") : node(Kind.NUMBER, lon, path + ".at[1]", byPath.get(path + ".at[1]"));
            into.put("at", CellNodes.sequence(List.of(latNode, lonNode)));
        }
        putIfGiven(into, "crs", Kind.CRS, cells.get("crs"), path + ".crs");
    }

    private void putIfGiven(Map<String, Object> into, String key, Kind kind, Object value, String path) {
        if (value != null) {
            into.put(key, node(kind, value, path, byPath.get(path)));
        }
    }

    private void place(Sheet sheet, int r, Map<Integer, Field> columns, String key, String path) {
        Place p = placeOf(sheet, r, columns, key);
        if (p != null) {
            byPath.put(path, p);
        }
    }

    private static Place placeOf(Sheet sheet, int r, Map<Integer, Field> columns, String key) {
        return columns.entrySet().stream().filter(e -> e.getValue().key().equals(key)).findFirst()
                .map(e -> Place.cell(sheet, r, e.getKey())).orElse(null);
    }

    /** The non-empty cells of a row, by field key. */
    private static Map<String, Object> rowValues(Row row, Map<Integer, Field> columns) {
        Map<String, Object> values = new HashMap<>();
        if (row != null) {
            columns.forEach((column, field) -> {
                Object v = CellNodes.value(row.getCell(column));
                if (v != null) {
                    values.put(field.key(), v);
                }
            });
        }
        return values;
    }

    /** The YAML node a cell's value would be in a file, placed at its cell. */
    private Node node(Kind kind, Object v, String path, Place place) {
        Node n = switch (kind) {
            case NUMBER, WHOLE -> CellNodes.number(v);
            case BOOL -> CellNodes.bool(v);
            case WALKS -> walks(v, path, place);
            case SERVES -> CellNodes.serves(v);
            case LIST -> CellNodes.list(v);
            default -> CellNodes.scalar(Tag.STR, CellNodes.text(v));
        };
        if (place != null) {
            byNode.put(n, place);
            if (n instanceof SequenceNode s) {
                s.getValue().forEach(item -> byNode.putIfAbsent(item, place));
            }
        }
        return n;
    }

    private Node walks(Object v, String path, Place place) {
        MappingNode walks = CellNodes.walks(v, message -> problem(place, path, message));
        if (place != null) {
            walks.getValue().forEach(t -> {
                byNode.put(t.getKeyNode(), place);
                byNode.put(t.getValueNode(), place);
            });
        }
        return walks;
    }

    private void problem(Place place, String path, String message) {
        ScalarNode at = CellNodes.scalar(Tag.STR, "");
        if (place != null) {
            byNode.put(at, place);
        }
        tree.error(at, path, message);
    }

    /** Nested maps of nodes (and keyed nodes) as a mapping node, in the order they were put. */
    @SuppressWarnings("unchecked")
    private MappingNode mappingOf(Map<String, Object> values) {
        List<NodeTuple> tuples = new ArrayList<>();
        values.forEach((key, value) -> {
            ScalarNode keyNode = CellNodes.scalar(Tag.STR, key);
            Node valueNode;
            if (value instanceof Keyed keyed) {
                keyNode = keyed.key();
                valueNode = keyed.value();
            } else if (value instanceof Map<?, ?> inner) {
                valueNode = mappingOf((Map<String, Object>) inner);
            } else {
                valueNode = (Node) Objects.requireNonNull(value);
            }
            tuples.add(new NodeTuple(keyNode, valueNode));
        });
        return new MappingNode(Tag.MAP, tuples, DumperOptions.FlowStyle.BLOCK);
    }
}
