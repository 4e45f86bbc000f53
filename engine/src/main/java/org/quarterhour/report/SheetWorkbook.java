package org.quarterhour.report;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.quarterhour.eval.ItemSpec;
import org.quarterhour.inventory.Vocabulary;
import org.quarterhour.inventory.WorkbookBytes;
import org.quarterhour.pack.Manifest;
import org.quarterhour.verdict.Verdict;

/**
 * The standard's acceptance sheet as an Excel workbook, in the official form's layout (评价类别, 评价指标, 分值, 得分,
 * 评价评分标准) with the evidence beside each item, ready to print on A4 landscape: {@link #filled} from verdicts (one
 * sheet per verdict), {@link #blank} from a pack's items with the 得分 column left to fill by hand.
 * Checklist standards show 达标/未达标 per item where point standards show points.
 */
public final class SheetWorkbook {
    private SheetWorkbook() {
    }

    /** One verdict's filled sheet. */
    public static byte[] filled(Verdict verdict) {
        return filled(List.of(verdict));
    }

    /** One sheet per verdict, in order; the same verdicts give the same bytes. */
    public static byte[] filled(List<Verdict> verdicts) {
        XSSFWorkbook workbook = new XSSFWorkbook();
        SheetLayout layout = new SheetLayout(workbook);
        Set<String> names = new HashSet<>();
        Instant madeAt = null;
        for (Verdict v : verdicts) {
            SheetForm form = SheetForm.filled(v, ClauseTexts.bundled(v.standard().id()), Vocabulary.bundled());
            layout.write(form, uniqueName(form.sheetName(), names));
            madeAt = madeAt != null || v.recordedAt() == null ? madeAt : Instant.parse(v.recordedAt());
        }
        return WorkbookBytes.of(workbook, madeAt);
    }

    /** The blank sheet of a pack: its manifest and its items in sheet order (as the compiled pack lists them). */
    public static byte[] blank(Manifest manifest, List<ItemSpec> items) {
        return blank(manifest, items, null);
    }

    /** The blank sheet, sealed at its foot with the pack's SHA-256 where given. */
    public static byte[] blank(Manifest manifest, List<ItemSpec> items, String packSha256) {
        XSSFWorkbook workbook = new XSSFWorkbook();
        SheetForm form = SheetForm.blank(manifest, items, packSha256, ClauseTexts.bundled(manifest.id()));
        new SheetLayout(workbook).write(form, uniqueName(form.sheetName(), new HashSet<>()));
        return WorkbookBytes.of(workbook, null);
    }

    /**
     * A name Excel accepts (at most 31 characters, none of : \ / ? * [ ]), made unique among {@code taken} (to which
     * it is added) with a number. Every workbook the engine writes names its sheets this way.
     */
    public static String uniqueName(String wanted, Set<String> taken) {
        String base = WorkbookUtil.createSafeSheetName(wanted.isBlank() ? "sheet" : wanted);
        String name = base;
        for (int n = 2; !taken.add(name.toLowerCase(java.util.Locale.ROOT)); n++) {
            String suffix = " (" + n + ")";
            name = base.substring(0, Math.min(base.length(), 31 - suffix.length())) + suffix;
        }
        return name;
    }
}
