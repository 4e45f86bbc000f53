package org.quarterhour.inventory;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.quarterhour.geo.LatLon;

/**
 * Fills the inventory template the way a person would in Excel: finds each field by its key (column B of a field
 * sheet, row 2 of a table sheet) and types the value in; numbers as numbers, the date as a date cell, facility types
 * by their Chinese names from the drop-down, yes/no as 是/否.
 */
public final class WorkbookFiller {
    private final XSSFWorkbook workbook;
    private final Vocabulary vocabulary = Vocabulary.bundled();

    public WorkbookFiller(byte[] template) {
        try {
            workbook = new XSSFWorkbook(new ByteArrayInputStream(template));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public XSSFWorkbook workbook() {
        return workbook;
    }

    public byte[] bytes() {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The whole inventory typed into the template. */
    public WorkbookFiller fill(Inventory inv) {
        field("Community", "community.id", inv.community().id());
        field("Community", "community.name", inv.community().name());
        field("Community", "community.region", inv.community().region());
        field("Community", "community.new_build", inv.community().newBuild() == null ? null : inv.community().newBuild() ? "是" : "否");
        field("Community", "community.building_area_m2", inv.community().buildingAreaM2());
        field("Community", "community.commercial_service_area_m2", inv.community().commercialServiceAreaM2());
        field("Community", "crs", inv.crs().code());
        if (inv.inspection().date() != null) {
            Cell date = fieldCell("Community", "inspection.date");
            CellStyle style = workbook.createCellStyle();
            style.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));
            date.setCellValue(inv.inspection().date());
            date.setCellStyle(style);
        }
        field("Community", "inspection.inspector", inv.inspection().inspector());
        for (Compound c : inv.compounds()) {
            for (int g = 0; g < c.gates().size(); g++) {
                Gate gate = c.gates().get(g);
                Map<String, Object> row = new java.util.HashMap<>();
                if (g == 0) {
                    row.put("compound", c.id());
                    row.put("name", c.name());
                    row.put("households", c.households() == null ? null : BigDecimal.valueOf(c.households()));
                }
                row.put("gate", gate.id());
                point(row, gate.at(), inv);
                tableRow("Compounds", row);
            }
        }
        for (Facility f : inv.facilities()) {
            Map<String, Object> row = new java.util.HashMap<>();
            row.put("id", f.id());
            row.put("type", vocabulary.nameOf(f.type()));
            row.put("name", f.name());
            point(row, f.at(), inv);
            if (!f.walkM().isEmpty()) {
                row.put("walk_m", f.walkM().entrySet().stream().map(e -> e.getKey() + ": " + e.getValue().toPlainString())
                        .collect(Collectors.joining(", ")));
            }
            row.put("serves", f.servesAll() ? "community" : f.serves().isEmpty() ? null : String.join(", ", f.serves()));
            row.put("area_m2", f.areaM2());
            tableRow("Facilities", row);
        }
        inv.organization().forEach((k, v) -> field("Organization", k, v ? "是" : "否"));
        inv.serviceCenterIfAny().ifPresent(sc -> {
            field("ServiceCenter", "area_m2", sc.areaM2());
            sc.findings().forEach((k, v) -> field("ServiceCenter", k, v ? "是" : "否"));
            if (!sc.onlineServices().isEmpty()) {
                field("ServiceCenter", "online_services", String.join(", ", sc.onlineServices()));
            }
        });
        return this;
    }

    private static void point(Map<String, Object> row, LatLon at, Inventory inv) {
        if (at != null) {
            row.put("lat", BigDecimal.valueOf(at.lat()));
            row.put("lon", BigDecimal.valueOf(at.lon()));
            if (at.crs() != inv.crs()) {
                row.put("crs", at.crs().code());
            }
        }
    }

    /** Types a value into a field sheet's row for {@code key} (a new row at the end where the template has none). */
    public WorkbookFiller field(String sheet, String key, Object value) {
        if (value != null) {
            set(fieldCell(sheet, key), value);
        }
        return this;
    }

    private Cell fieldCell(String sheetName, String key) {
        Sheet sheet = workbook.getSheet(sheetName);
        for (Row row : sheet) {
            Cell k = row.getCell(1);
            if (row.getRowNum() > 0 && k != null && k.toString().equals(key)) {
                return cell(row, 2);
            }
        }
        Row row = sheet.createRow(sheet.getLastRowNum() + 1);
        row.createCell(1).setCellValue(key);
        return row.createCell(2);
    }

    /** Types a row into a table sheet, after its last row; values by column key. */
    public WorkbookFiller tableRow(String sheetName, Map<String, Object> values) {
        Sheet sheet = workbook.getSheet(sheetName);
        List<String> keys = new ArrayList<>();
        sheet.getRow(1).forEach(c -> keys.add(c.getStringCellValue()));
        Row row = sheet.createRow(Math.max(2, sheet.getLastRowNum() + 1));
        values.forEach((key, value) -> {
            if (value != null) {
                set(cell(row, keys.indexOf(key)), value);
            }
        });
        return this;
    }

    private static Cell cell(Row row, int column) {
        Cell c = row.getCell(column);
        return c == null ? row.createCell(column) : c;
    }

    private static void set(Cell cell, Object value) {
        if (value instanceof BigDecimal n) {
            cell.setCellValue(n.doubleValue());
        } else if (value instanceof Number n) {
            cell.setCellValue(n.doubleValue());
        } else if (value instanceof Boolean b) {
            cell.setCellValue(b);
        } else {
            cell.setCellValue(String.valueOf(value));
        }
    }
}
