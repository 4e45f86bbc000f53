package org.quarterhour.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;

/**
 * The distance code is written for speed (points readied once, shared terms, an early stop at the fixed point), so it
 * is checked here against the published formulas written plainly: the same bits for every point, as replays need.
 */
class GeoProperties {

    @Property(tries = 3000)
    void a_spot_distance_is_the_plain_haversine_bit_for_bit(
            @ForAll @DoubleRange(min = 0.5, max = 56) double lat1, @ForAll @DoubleRange(min = 72, max = 138) double lon1,
            @ForAll @DoubleRange(min = -0.05, max = 0.05) double dLat, @ForAll @DoubleRange(min = -0.05, max = 0.05) double dLon,
            @ForAll Crs crs1, @ForAll Crs crs2, @ForAll @DoubleRange(min = 1, max = 2) double detour) {
        LatLon a = new LatLon(lat1, lon1, crs1);
        LatLon b = new LatLon(lat1 + dLat, lon1 + dLon, crs2);
        double plain = plainHaversineM(a.toWgs84(), b.toWgs84());
        assertEquals(Double.doubleToRawLongBits(plain), Double.doubleToRawLongBits(Distances.haversineM(a, b)));
        assertEquals(Double.doubleToRawLongBits(plain),
                Double.doubleToRawLongBits(Distances.haversineM(Distances.Spot.of(a), Distances.Spot.of(b))));
        assertEquals(Distances.estimatedWalkTenths(a, b, detour),
                Distances.estimatedWalkTenths(Distances.Spot.of(a), Distances.Spot.of(b), detour));
    }

    @Property(tries = 3000)
    void gcj02_to_wgs84_is_the_published_inverse_run_all_eight_times(
            @ForAll @DoubleRange(min = -10, max = 70) double lat, @ForAll @DoubleRange(min = 60, max = 150) double lon) {
        LatLon fast = ChinaOffsets.gcj02ToWgs84(new LatLon(lat, lon, Crs.GCJ02));
        double[] plain = plainGcj02ToWgs84(lat, lon);
        assertEquals(Double.doubleToRawLongBits(plain[0]), Double.doubleToRawLongBits(fast.lat()));
        assertEquals(Double.doubleToRawLongBits(plain[1]), Double.doubleToRawLongBits(fast.lon()));
    }

    @Property(tries = 1000)
    void wgs84_to_gcj02_and_back_lands_within_a_centimetre(
            @ForAll @DoubleRange(min = 18, max = 53) double lat, @ForAll @DoubleRange(min = 74, max = 134) double lon) {
        double[] gcj = ChinaOffsets.wgs84ToGcj02(lat, lon);
        LatLon back = ChinaOffsets.gcj02ToWgs84(new LatLon(gcj[0], gcj[1], Crs.GCJ02));
        double metres = plainHaversineM(new LatLon(lat, lon, Crs.WGS84), back);
        assertTrue(metres < 0.01, "round trip off by " + metres + " m");
        assertTrue(plainHaversineM(new LatLon(lat, lon, Crs.WGS84), new LatLon(gcj[0], gcj[1], Crs.WGS84)) > 1,
                "inside China GCJ-02 is shifted from WGS-84");
    }

    /** The haversine as the inventory format states it. */
    private static double plainHaversineM(LatLon p, LatLon q) {
        double phi1 = StrictMath.toRadians(p.lat());
        double phi2 = StrictMath.toRadians(q.lat());
        double dPhi = phi2 - phi1;
        double dLambda = StrictMath.toRadians(q.lon() - p.lon());
        double h = StrictMath.pow(StrictMath.sin(dPhi / 2), 2)
                + StrictMath.cos(phi1) * StrictMath.cos(phi2) * StrictMath.pow(StrictMath.sin(dLambda / 2), 2);
        return 2 * Distances.EARTH_RADIUS_M * StrictMath.asin(StrictMath.min(1.0, StrictMath.sqrt(h)));
    }

    private static final double A = 6378245.0;
    private static final double EE = 0.00669342162296594323;

    /** The published GCJ-02 inverse by fixed-point iteration, eight rounds, each transform on its own. */
    private static double[] plainGcj02ToWgs84(double gLat, double gLon) {
        if (outside(gLat, gLon)) {
            return new double[] {gLat, gLon};
        }
        double lat = gLat;
        double lon = gLon;
        for (int i = 0; i < 8; i++) {
            double[] shifted = plainWgs84ToGcj02(lat, lon);
            lat += gLat - shifted[0];
            lon += gLon - shifted[1];
        }
        return new double[] {Math.max(-90, Math.min(90, lat)), Math.max(-180, Math.min(180, lon))};
    }

    private static double[] plainWgs84ToGcj02(double lat, double lon) {
        if (outside(lat, lon)) {
            return new double[] {lat, lon};
        }
        double dLat = transformLat(lon - 105.0, lat - 35.0);
        double dLon = transformLon(lon - 105.0, lat - 35.0);
        double radLat = lat / 180.0 * Math.PI;
        double magic = StrictMath.sin(radLat);
        magic = 1 - EE * magic * magic;
        double sqrtMagic = StrictMath.sqrt(magic);
        dLat = (dLat * 180.0) / ((A * (1 - EE)) / (magic * sqrtMagic) * Math.PI);
        dLon = (dLon * 180.0) / (A / sqrtMagic * StrictMath.cos(radLat) * Math.PI);
        return new double[] {lat + dLat, lon + dLon};
    }

    private static boolean outside(double lat, double lon) {
        return lon < 72.004 || lon > 137.8347 || lat < 0.8293 || lat > 55.8271;
    }

    private static double transformLat(double x, double y) {
        double ret = -100.0 + 2.0 * x + 3.0 * y + 0.2 * y * y + 0.1 * x * y + 0.2 * StrictMath.sqrt(Math.abs(x));
        ret += (20.0 * StrictMath.sin(6.0 * x * Math.PI) + 20.0 * StrictMath.sin(2.0 * x * Math.PI)) * 2.0 / 3.0;
        ret += (20.0 * StrictMath.sin(y * Math.PI) + 40.0 * StrictMath.sin(y / 3.0 * Math.PI)) * 2.0 / 3.0;
        ret += (160.0 * StrictMath.sin(y / 12.0 * Math.PI) + 320 * StrictMath.sin(y * Math.PI / 30.0)) * 2.0 / 3.0;
        return ret;
    }

    private static double transformLon(double x, double y) {
        double ret = 300.0 + x + 2.0 * y + 0.1 * x * x + 0.1 * x * y + 0.1 * StrictMath.sqrt(Math.abs(x));
        ret += (20.0 * StrictMath.sin(6.0 * x * Math.PI) + 20.0 * StrictMath.sin(2.0 * x * Math.PI)) * 2.0 / 3.0;
        ret += (20.0 * StrictMath.sin(x * Math.PI) + 40.0 * StrictMath.sin(x / 3.0 * Math.PI)) * 2.0 / 3.0;
        ret += (150.0 * StrictMath.sin(x / 12.0 * Math.PI) + 300.0 * StrictMath.sin(x / 30.0 * Math.PI)) * 2.0 / 3.0;
        return ret;
    }
}
