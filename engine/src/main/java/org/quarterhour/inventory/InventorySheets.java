package org.quarterhour.inventory;

import java.util.List;
import java.util.Optional;

/**
 * The layout of an inventory kept in Excel, shared by the template that writes it and the reader that reads it:
 * which sheets, which fields, in which column or row, and what kind of value each holds. Every field is named by its
 * YAML key, so that a workbook and a YAML file are the same inventory written two ways.
 *
 * <p>Two shapes of sheet. A <em>field sheet</em> (Community, Organization, ServiceCenter) has one field a row: its
 * Chinese label in column A, its key in column B, the value in column C and a hint in column D. A <em>table sheet</em>
 * (Compounds, Facilities) has one thing a row: Chinese labels in row 1, the keys in row 2, data from row 3 on.
 */
final class InventorySheets {
    static final String COMMUNITY = "Community";
    static final String COMPOUNDS = "Compounds";
    static final String FACILITIES = "Facilities";
    static final String ORGANIZATION = "Organization";
    static final String SERVICE_CENTER = "ServiceCenter";
    static final String TYPES = "Types";

    /** Field sheets: label in A, key in B, value in C, hint in D; fields from row 2. */
    static final int LABEL_COLUMN = 0;
    static final int KEY_COLUMN = 1;
    static final int VALUE_COLUMN = 2;
    static final int HINT_COLUMN = 3;
    static final int FIRST_FIELD_ROW = 1;
    /** Table sheets: labels in row 1, keys in row 2, data from row 3 (0-based 2). */
    static final int KEY_ROW = 1;
    static final int FIRST_DATA_ROW = 2;
    /** More rows than any community has; a sheet with more is refused rather than read. */
    static final int MAX_ROWS = 10_000;

    /** What a cell holds, and so how it becomes a YAML value. */
    enum Kind { TEXT, NUMBER, WHOLE, BOOL, DATE, CRS, TYPE, WALKS, SERVES, LIST }

    /** One field: its key (a YAML key, dotted under the sheet's block), Chinese label, kind, whether required, hint. */
    record Field(String key, String label, Kind kind, boolean required, String hint) {
    }

    static final List<Field> COMMUNITY_FIELDS = List.of(
            new Field("community.id", "社区编号", Kind.TEXT, true, "必填；稳定的编号，台账和报告都用它"),
            new Field("community.name", "社区名称", Kind.TEXT, true, "必填"),
            new Field("community.region", "所在地区", Kind.TEXT, false, "如：内蒙古自治区鄂尔多斯市杭锦旗"),
            new Field("community.new_build", "新建社区", Kind.BOOL, false, "是/否；按建筑面积配比考核的新建社区"),
            new Field("community.building_area_m2", "总建筑面积（平方米）", Kind.NUMBER, false, ""),
            new Field("community.commercial_service_area_m2", "商业和社区服务建筑面积（平方米）", Kind.NUMBER, false, ""),
            new Field("crs", "坐标系", Kind.CRS, false, "gcj02（高德、腾讯，默认）、bd09（百度）或 wgs84（GPS）"),
            new Field("inspection.date", "检查日期", Kind.DATE, false, "YYYY-MM-DD；决定适用哪一版标准（不填为当天）"),
            new Field("inspection.inspector", "检查人", Kind.TEXT, false, ""));

    static final List<Field> COMPOUND_COLUMNS = List.of(
            new Field("compound", "小区编号", Kind.TEXT, true, "一行一个大门；同一小区的后续大门可不再填小区编号、名称和户数（或合并单元格）"),
            new Field("name", "小区名称", Kind.TEXT, false, ""),
            new Field("households", "户数", Kind.WHOLE, false, "整数；要么每个小区都填，要么都不填"),
            new Field("gate", "大门编号", Kind.TEXT, true, "在全部大门中唯一"),
            new Field("lat", "纬度", Kind.NUMBER, false, "十进制度，如 39.8321"),
            new Field("lon", "经度", Kind.NUMBER, false, "十进制度，如 108.7301"),
            new Field("crs", "坐标系", Kind.CRS, false, "不填则用 Community 表的坐标系"));

    static final List<Field> FACILITY_COLUMNS = List.of(
            new Field("id", "设施编号", Kind.TEXT, true, "在全部设施中唯一"),
            new Field("type", "业态类型", Kind.TYPE, true, "从下拉列表选；也可填 Types 表里的代码或别名"),
            new Field("name", "名称", Kind.TEXT, false, ""),
            new Field("lat", "纬度", Kind.NUMBER, false, "十进制度"),
            new Field("lon", "经度", Kind.NUMBER, false, "十进制度"),
            new Field("crs", "坐标系", Kind.CRS, false, "不填则用 Community 表的坐标系"),
            new Field("walk_m", "实测步行距离（大门: 米）", Kind.WALKS, false, "地图步行路线量得的距离，如 A1: 430, B1: 980"),
            new Field("serves", "上门服务范围", Kind.SERVES, false, "没有门店的上门或线上服务：community（全社区）或小区编号，如 A, B"),
            new Field("area_m2", "面积（平方米）", Kind.NUMBER, false, ""));

    static final List<Field> ORGANIZATION_FIELDS = List.of(
            new Field("agency_established", "成立机构", Kind.BOOL, false, "是/否；查资料，看台账，看现场"),
            new Field("dedicated_staff", "专人负责", Kind.BOOL, false, "是/否"),
            new Field("plan_exists", "制定方案", Kind.BOOL, false, "是/否"),
            new Field("plan_goals", "方案有工作目标", Kind.BOOL, false, "是/否"),
            new Field("plan_steps", "方案有实施步骤", Kind.BOOL, false, "是/否"),
            new Field("plan_safeguards", "方案有保障措施", Kind.BOOL, false, "是/否"),
            new Field("layout_harmony", "布局形态、商业设施和整体社区建筑风貌协调", Kind.BOOL, false, "是/否"),
            new Field("guide_map", "一刻钟便民服务导视图", Kind.BOOL, false, "是/否"));

    static final List<Field> SERVICE_CENTER_FIELDS = List.of(
            new Field("area_m2", "面积（平方米）", Kind.NUMBER, false, "没有便民服务中心则整张表留空"),
            new Field("signage", "一刻钟便民服务标识", Kind.BOOL, false, "是/否"),
            new Field("guide_map", "工作区域导视图", Kind.BOOL, false, "是/否"),
            new Field("staffed", "有工作人员咨询引导", Kind.BOOL, false, "是/否"),
            new Field("rules", "便民服务工作制度、服务规范、办理流程", Kind.BOOL, false, "是/否"),
            new Field("online_platform", "一体化线上平台或便民服务APP", Kind.BOOL, false, "是/否"),
            new Field("hours_24", "部分功能24小时", Kind.BOOL, false, "是/否"),
            new Field("online_services", "线上服务", Kind.LIST, false,
                    "逗号分隔：shopping, housekeeping, certificates, medical, schooling, culture_sports, day_care, maternal_child, volunteering, delivery"));

    /** The words accepted for yes and no in a yes/no cell (besides Excel's TRUE and FALSE). */
    static final List<String> YES = List.of("是", "有", "true", "yes", "y", "√", "✓");
    static final List<String> NO = List.of("否", "无", "false", "no", "n", "×", "✗");

    private InventorySheets() {
    }

    /** Where a field sheet's keys are nested in the YAML: "" for the Community sheet (its keys carry their block). */
    static String blockOf(String sheet) {
        return switch (sheet) {
            case ORGANIZATION -> "organization";
            case SERVICE_CENTER -> "service_center";
            default -> "";
        };
    }

    static Optional<Field> field(List<Field> fields, String key) {
        return fields.stream().filter(f -> f.key().equals(key)).findFirst();
    }
}
