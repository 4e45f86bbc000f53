package org.quarterhour.authoring;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.quarterhour.inventory.InvalidInputException;
import org.quarterhour.inventory.Problem;
import org.quarterhour.inventory.Vocabulary;

/**
 * Reads a bureau's sheet kept in Excel for {@code pack new}: sheet 评分表 with the columns 评价类别 · 类别代码 · 最低分 ·
 * 评价指标 · 分值 · 业态 · 半径 (a blank 评价类别 continues the one above, as merged cells do), sheet 标准 with one
 * key and value per row (标识, 版本, 名称, 发文单位, 文号, 施行日期, 步行半径), and sheet 等级 with 等级 · 代码 · 总分不低于,
 * lowest first. Every problem is reported at its cell.
 */
public final class ExcelSheetReader {
    private static final Map<String, String> KEYS = Map.ofEntries(
            Map.entry("标识", "id"), Map.entry("id", "id"), Map.entry("版本", "version"), Map.entry("version", "version"),
            Map.entry("名称", "title"), Map.entry("title", "title"), Map.entry("发文单位", "issuer"), Map.entry("issuer", "issuer"),
            Map.entry("文号", "document"), Map.entry("document", "document"), Map.entry("施行日期", "in_force"),
            Map.entry("in_force", "in_force"), Map.entry("步行半径", "radius_m"), Map.entry("radius_m", "radius_m"),
            Map.entry("总分", "total"), Map.entry("total", "total"));

    private final Vocabulary vocabulary;
    private final DataFormatter formatter = new DataFormatter();

    public ExcelSheetReader(Vocabulary vocabulary) {
        this.vocabulary = vocabulary;
    }

    public SheetSpec read(Path file) throws InvalidInputException {
        String shown = file.toString();
        List<Problem> problems = new ArrayList<>();
        try (InputStream in = Files.newInputStream(file); Workbook wb = WorkbookFactory.create(in)) {
            Map<String, Cell> meta = meta(shown, wb.getSheet("标准"), problems);
            List<SheetSpec.Category> categories = categories(shown, wb.getSheet("评分表") != null ? wb.getSheet("评分表") : wb.getSheetAt(0), problems);
            List<SheetSpec.Grade> grades = grades(shown, wb.getSheet("等级"), problems);
            String id = text(meta.get("id"));
            if (id != null && !id.matches("[a-z0-9][a-z0-9-]*")) {
                problems.add(at(shown, meta.get("id"), "a standard id is lower-case letters, digits and '-' (e.g. shili-county), found '" + id + "'"));
            }
            LocalDate from = date(shown, meta.get("in_force"), problems);
            Integer radius = meta.containsKey("radius_m") ? integer(shown, meta.get("radius_m"), problems) : Integer.valueOf(1200);
            BigDecimal total = meta.containsKey("total") ? number(shown, meta.get("total"), problems) : null;
            for (String required : List.of("id", "version", "title", "in_force")) {
                if (text(meta.get(required)) == null) {
                    problems.add(Problem.inCell(shown, "标准", 0, 0, "", "the sheet 标准 needs a row '" + required + "' ("
                            + KEYS.entrySet().stream().filter(e -> e.getValue().equals(required) && !e.getKey().equals(required))
                                    .map(Map.Entry::getKey).findFirst().orElse(required) + ") with its value in the next column"));
                }
            }
            if (!problems.isEmpty()) {
                throw new InvalidInputException(problems);
            }
            return new SheetSpec(id, text(meta.get("version")), text(meta.get("title")), text(meta.get("issuer")),
                    text(meta.get("document")), from, radius == null ? 1200 : radius, total, categories, grades);
        } catch (java.nio.file.NoSuchFileException | java.nio.file.AccessDeniedException e) {
            throw new InvalidInputException(List.of(new Problem(shown, 0, 0, "", SheetReader.unreadable(e))));
        } catch (IOException | org.apache.poi.UnsupportedFileFormatException | org.apache.poi.EmptyFileException e) {
            throw new InvalidInputException(List.of(new Problem(shown, 0, 0, "", "cannot be read as an Excel workbook: " + e.getMessage())));
        }
    }

    private Map<String, Cell> meta(String file, Sheet sheet, List<Problem> problems) {
        Map<String, Cell> meta = new HashMap<>();
        if (sheet == null) {
            problems.add(new Problem(file, 0, 0, "", "the workbook needs a sheet named 标准 (标识, 版本, 名称, 施行日期, …, one per row)"));
            return meta;
        }
        for (Row row : sheet) {
            String key = text(row.getCell(0));
            if (key == null) {
                continue;
            }
            String canonical = KEYS.get(key.replaceAll("[（(].*", "").strip());
            if (canonical != null) {
                meta.put(canonical, row.getCell(1));
            }
        }
        return meta;
    }

    private List<SheetSpec.Category> categories(String file, Sheet sheet, List<Problem> problems) {
        String name = sheet.getSheetName();
        Map<String, Integer> columns = new HashMap<>();
        int header = -1;
        for (Row row : sheet) {
            for (Cell cell : row) {
                String t = text(cell);
                if (t != null) {
                    columns.putIfAbsent(t.replaceAll("[（(].*", "").strip(), cell.getColumnIndex());
                }
            }
            if (columns.containsKey("评价指标") && columns.containsKey("评价类别")) {
                header = row.getRowNum();
                break;
            }
            columns.clear();
        }
        if (header < 0) {
            problems.add(Problem.inCell(file, name, 0, 0, "", "no header row with 评价类别 and 评价指标 (and 分值, 业态) was found"));
            return List.of();
        }
        if (!columns.containsKey("业态")) {
            problems.add(Problem.inCell(file, name, header + 1, 0, "", "the header needs a column 业态: the facility types that satisfy each item"));
            return List.of();
        }
        Map<String, List<SheetSpec.Item>> items = new LinkedHashMap<>();
        Map<String, String> codes = new HashMap<>();
        Map<String, BigDecimal> minimums = new HashMap<>();
        String category = null;
        for (int r = header + 1; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            if (row == null) {
                continue;
            }
            String c = text(cell(row, columns, "评价类别"));
            String itemName = text(cell(row, columns, "评价指标"));
            if (c != null) {
                category = c;
            }
            if (itemName == null) {
                continue;
            }
            if (category == null) {
                problems.add(at(file, row.getCell(columns.get("评价类别")), "the item " + itemName + " has no 评价类别 above it"));
                continue;
            }
            String code = text(cell(row, columns, "类别代码"));
            if (code != null) {
                if (!code.matches("[a-z][a-z0-9_]*")) {
                    problems.add(at(file, cell(row, columns, "类别代码"), "a category code is lower_snake_case (e.g. basic), found '" + code + "'"));
                }
                codes.putIfAbsent(category, code);
            }
            Cell minimum = cell(row, columns, "最低分");
            if (text(minimum) != null) {
                minimums.putIfAbsent(category, number(file, minimum, problems));
            }
            Cell pointsCell = cell(row, columns, "分值");
            BigDecimal points = text(pointsCell) == null ? null : number(file, pointsCell, problems);
            Cell radiusCell = cell(row, columns, "半径");
            Integer radius = text(radiusCell) == null ? null : integer(file, radiusCell, problems);
            List<String> types = new ArrayList<>();
            Cell typesCell = cell(row, columns, "业态");
            String typeText = text(typesCell);
            if (typeText == null) {
                problems.add(Problem.inCell(file, name, r + 1, columns.get("业态") + 1, "", "name the facility types that satisfy " + itemName));
            } else {
                for (String word : typeText.split("[、，,;；/\\s]+")) {
                    if (word.isBlank()) {
                        continue;
                    }
                    Optional<String> resolved = vocabulary.resolve(word);
                    if (resolved.isEmpty()) {
                        List<String> near = vocabulary.closest(word);
                        problems.add(at(file, typesCell, "unknown facility type '" + word + "'" + (near.isEmpty() ? "" : "; closest: " + String.join(", ", near))));
                    } else if (!types.contains(resolved.get())) {
                        types.add(resolved.get());
                    }
                }
            }
            items.computeIfAbsent(category, k -> new ArrayList<>()).add(new SheetSpec.Item(itemName, points, types, radius));
        }
        List<SheetSpec.Category> categories = new ArrayList<>();
        int n = 0;
        for (Map.Entry<String, List<SheetSpec.Item>> e : items.entrySet()) {
            n++;
            String code = codes.getOrDefault(e.getKey(), defaultCode(e.getKey(), n));
            categories.add(new SheetSpec.Category(code, e.getKey(), minimums.get(e.getKey()), e.getValue()));
        }
        return categories;
    }

    private static String defaultCode(String category, int n) {
        if (category.contains("基本")) {
            return "basic";
        }
        if (category.contains("品质")) {
            return "quality";
        }
        if (category.contains("组织")) {
            return "organisation";
        }
        return "category" + n;
    }

    private List<SheetSpec.Grade> grades(String file, Sheet sheet, List<Problem> problems) {
        List<SheetSpec.Grade> grades = new ArrayList<>();
        if (sheet == null) {
            problems.add(new Problem(file, 0, 0, "", "the workbook needs a sheet named 等级 (columns 等级, 代码, 总分不低于; lowest first)"));
            return grades;
        }
        for (Row row : sheet) {
            String label = text(row.getCell(0));
            if (label == null || label.startsWith("等级")) {
                continue;
            }
            String code = Optional.ofNullable(text(row.getCell(1))).orElse("level" + grades.size());
            BigDecimal atLeast = text(row.getCell(2)) == null ? null : number(file, row.getCell(2), problems);
            grades.add(new SheetSpec.Grade(code, label, atLeast));
        }
        if (grades.isEmpty()) {
            problems.add(Problem.inCell(file, sheet.getSheetName(), 0, 0, "", "list at least one grade, lowest first"));
        }
        return grades;
    }

    private static Cell cell(Row row, Map<String, Integer> columns, String header) {
        Integer c = columns.get(header);
        return c == null ? null : row.getCell(c);
    }

    private String text(Cell cell) {
        if (cell == null) {
            return null;
        }
        String t = formatter.formatCellValue(cell).strip();
        return t.isEmpty() ? null : t;
    }

    private BigDecimal number(String file, Cell cell, List<Problem> problems) {
        try {
            BigDecimal n = cell.getCellType() == CellType.NUMERIC ? new BigDecimal(formatter.formatCellValue(cell).replace(",", ""))
                    : new BigDecimal(text(cell));
            if (n.signum() < 0) {
                problems.add(at(file, cell, "expected a number >= 0, found " + n.toPlainString()));
            }
            return n;
        } catch (NumberFormatException | NullPointerException e) {
            problems.add(at(file, cell, "expected a number, found '" + text(cell) + "'"));
            return null;
        }
    }

    private Integer integer(String file, Cell cell, List<Problem> problems) {
        BigDecimal n = number(file, cell, problems);
        try {
            return n == null ? null : n.intValueExact();
        } catch (ArithmeticException e) {
            problems.add(at(file, cell, "expected a whole number of metres, found " + n.toPlainString()));
            return null;
        }
    }

    private LocalDate date(String file, Cell cell, List<Problem> problems) {
        if (cell == null || text(cell) == null) {
            return null;
        }
        if (cell.getCellType() == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
            return cell.getLocalDateTimeCellValue().toLocalDate();
        }
        try {
            return LocalDate.parse(text(cell));
        } catch (DateTimeParseException e) {
            problems.add(at(file, cell, "expected a date as YYYY-MM-DD, found '" + text(cell) + "'"));
            return null;
        }
    }

    private static Problem at(String file, Cell cell, String message) {
        if (cell == null) {
            return new Problem(file, 0, 0, "", message);
        }
        return Problem.inCell(file, cell.getSheet().getSheetName(), cell.getRowIndex() + 1, cell.getColumnIndex() + 1, "", message);
    }
}
