package org.quarterhour.geo;

/**
 * The published GCJ-02 ("Mars") and BD-09 transforms. GCJ-02 to WGS-84 inverts the forward
 * transform by fixed-point iteration, which converges to well under a centimetre.
 * StrictMath's functions (sine and cosine through {@link Fdlibm}, the same bits) keep every result bit-for-bit the same
 * on every JVM, so that a verdict replays exactly.
 */
final class ChinaOffsets {
    private static final double A = 6378245.0;
    private static final double EE = 0.00669342162296594323;
    private static final double X_PI = Math.PI * 3000.0 / 180.0;
    private static final int INVERSE_ITERATIONS = 8;

    private ChinaOffsets() {
    }

    static LatLon bd09ToGcj02(LatLon bd) {
        double x = bd.lon() - 0.0065;
        double y = bd.lat() - 0.006;
        double z = StrictMath.sqrt(x * x + y * y) - 0.00002 * Fdlibm.sin(y * X_PI);
        double theta = StrictMath.atan2(y, x) - 0.000003 * Fdlibm.cos(x * X_PI);
        return new LatLon(z * Fdlibm.sin(theta), z * Fdlibm.cos(theta), Crs.GCJ02);
    }

    static LatLon gcj02ToWgs84(LatLon gcj) {
        if (outsideChina(gcj.lat(), gcj.lon())) {
            return new LatLon(gcj.lat(), gcj.lon(), Crs.WGS84);
        }
        double lat = gcj.lat();
        double lon = gcj.lon();
        for (int i = 0; i < INVERSE_ITERATIONS; i++) {
            double[] shifted = wgs84ToGcj02(lat, lon);
            double nextLat = lat + (gcj.lat() - shifted[0]);
            double nextLon = lon + (gcj.lon() - shifted[1]);
            if (Double.doubleToRawLongBits(nextLat) == Double.doubleToRawLongBits(lat)
                    && Double.doubleToRawLongBits(nextLon) == Double.doubleToRawLongBits(lon)) {
                break; // a fixed point: every later iteration would give these same bits (usually after 5 or 6)
            }
            lat = nextLat;
            lon = nextLon;
        }
        return new LatLon(clampLat(lat), clampLon(lon), Crs.WGS84);
    }

    static double[] wgs84ToGcj02(double lat, double lon) {
        if (outsideChina(lat, lon)) {
            return new double[] {lat, lon};
        }
        double x = lon - 105.0;
        double y = lat - 35.0;
        // the published transformLat(x, y) and transformLon(x, y), written out once so that the terms they share
        // (sin 6xπ, sin 2xπ, √|x|) are worked out once: the same expressions, so the same bits, at 13 calls, not 16
        double sqrtAbsX = StrictMath.sqrt(Math.abs(x));
        double commonX = (20.0 * Fdlibm.sin(6.0 * x * Math.PI) + 20.0 * Fdlibm.sin(2.0 * x * Math.PI)) * 2.0 / 3.0;
        double dLat = -100.0 + 2.0 * x + 3.0 * y + 0.2 * y * y + 0.1 * x * y + 0.2 * sqrtAbsX;
        dLat += commonX;
        dLat += (20.0 * Fdlibm.sin(y * Math.PI) + 40.0 * Fdlibm.sin(y / 3.0 * Math.PI)) * 2.0 / 3.0;
        dLat += (160.0 * Fdlibm.sin(y / 12.0 * Math.PI) + 320 * Fdlibm.sin(y * Math.PI / 30.0)) * 2.0 / 3.0;
        double dLon = 300.0 + x + 2.0 * y + 0.1 * x * x + 0.1 * x * y + 0.1 * sqrtAbsX;
        dLon += commonX;
        dLon += (20.0 * Fdlibm.sin(x * Math.PI) + 40.0 * Fdlibm.sin(x / 3.0 * Math.PI)) * 2.0 / 3.0;
        dLon += (150.0 * Fdlibm.sin(x / 12.0 * Math.PI) + 300.0 * Fdlibm.sin(x / 30.0 * Math.PI)) * 2.0 / 3.0;
        double radLat = lat / 180.0 * Math.PI;
        double magic = Fdlibm.sin(radLat);
        magic = 1 - EE * magic * magic;
        double sqrtMagic = StrictMath.sqrt(magic);
        dLat = (dLat * 180.0) / ((A * (1 - EE)) / (magic * sqrtMagic) * Math.PI);
        dLon = (dLon * 180.0) / (A / sqrtMagic * Fdlibm.cos(radLat) * Math.PI);
        return new double[] {lat + dLat, lon + dLon};
    }

    private static boolean outsideChina(double lat, double lon) {
        return lon < 72.004 || lon > 137.8347 || lat < 0.8293 || lat > 55.8271;
    }

    private static double clampLat(double lat) {
        return Math.max(-90, Math.min(90, lat));
    }

    private static double clampLon(double lon) {
        return Math.max(-180, Math.min(180, lon));
    }
}
