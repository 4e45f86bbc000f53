package org.quarterhour;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Paths as the system resolves them, for checks that must see the folder a write will really land in. */
public final class SystemPaths {
    private SystemPaths() {
    }

    /**
     * Where the system will put {@code path}: each link followed before the '..' after it is applied, as the system
     * does (a '..' taken off as text, after a link, would name another folder: {@code link/..} is the link's target's
     * parent); the part that is not there yet as written. Null where a '..' follows a folder that is not there.
     */
    public static Path physical(Path path) {
        Path absolute = path.toAbsolutePath();
        Path at = absolute.getRoot();
        boolean exists = true;
        for (Path name : absolute) {
            String part = name.toString();
            if (part.equals(".")) {
                continue;
            }
            if (part.equals("..")) {
                if (!exists) {
                    return null;
                }
                at = at.getParent() == null ? at : at.getParent();
                continue;
            }
            at = at.resolve(part);
            if (exists && Files.exists(at)) {
                try {
                    at = at.toRealPath();
                } catch (IOException e) {
                    // left as written: the checks then see what is written
                }
            } else {
                exists = false;
            }
        }
        return at;
    }

    /** {@link #physical}, or the path made absolute and tidied as text where a '..' follows a folder that is not there. */
    public static Path physicalOrAsWritten(Path path) {
        Path physical = physical(path);
        return physical != null ? physical : path.toAbsolutePath().normalize();
    }
}
