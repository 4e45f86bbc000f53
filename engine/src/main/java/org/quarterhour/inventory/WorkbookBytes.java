package org.quarterhour.inventory;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.Date;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The bytes of a workbook that depend on its content alone: POI stamps the time of writing into the document's
 * properties and into every zip entry, so both are set to a given instant (or a fixed one) before the bytes leave.
 */
public final class WorkbookBytes {
    /** The earliest time a zip entry can carry (1980-01-01), for files that have no date of their own. */
    public static final Instant NO_DATE = Instant.parse("1980-01-01T00:00:00Z");

    private WorkbookBytes() {
    }

    /** Writes and closes the workbook; {@code madeAt} becomes its creation time (null: {@link #NO_DATE}). */
    public static byte[] of(XSSFWorkbook workbook, Instant madeAt) {
        Instant when = madeAt == null ? NO_DATE : madeAt;
        try (workbook) {
            var core = workbook.getProperties().getCoreProperties();
            core.setCreator("quarterhour");
            core.setCreated(Optional.of(Date.from(when)));
            core.getUnderlyingProperties().setModifiedProperty(Optional.of(Date.from(when)));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            return withFixedEntryTimes(out.toByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every entry dated 1980-01-01 00:00 as local time, so that the bytes are the same in every time zone. */
    private static byte[] withFixedEntryTimes(byte[] zip) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(zip.length);
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip)); ZipOutputStream z = new ZipOutputStream(out)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                ZipEntry copy = new ZipEntry(entry.getName());
                copy.setTimeLocal(java.time.LocalDateTime.of(1980, 1, 1, 0, 0));
                z.putNextEntry(copy);
                in.transferTo(z);
                z.closeEntry();
            }
        }
        return out.toByteArray();
    }
}
