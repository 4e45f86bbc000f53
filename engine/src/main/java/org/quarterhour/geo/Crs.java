package org.quarterhour.geo;

import java.util.Locale;
import java.util.Optional;

/** The coordinate systems an inventory may use: GPS (WGS-84), AMap/Tencent (GCJ-02) and Baidu (BD-09). */
public enum Crs {
    WGS84, GCJ02, BD09;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Crs> ofCode(String code) {
        for (Crs crs : values()) {
            if (crs.code().equals(code)) {
                return Optional.of(crs);
            }
        }
        return Optional.empty();
    }
}
