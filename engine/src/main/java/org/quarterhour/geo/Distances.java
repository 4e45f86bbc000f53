package org.quarterhour.geo;

import java.math.BigDecimal;

/** Great-circle distance on the mean Earth sphere, as the inventory format prescribes. */
public final class Distances {
    /** Mean Earth radius (IUGG), metres. */
    public static final double EARTH_RADIUS_M = 6_371_008.8;

    private Distances() {
    }

    /** Haversine distance in metres between two points, each converted to WGS-84 first. */
    public static double haversineM(LatLon a, LatLon b) {
        LatLon p = a.toWgs84();
        LatLon q = b.toWgs84();
        double phi1 = StrictMath.toRadians(p.lat());
        double phi2 = StrictMath.toRadians(q.lat());
        double dPhi = phi2 - phi1;
        double dLambda = StrictMath.toRadians(q.lon() - p.lon());
        double h = StrictMath.pow(StrictMath.sin(dPhi / 2), 2)
                + StrictMath.cos(phi1) * StrictMath.cos(phi2) * StrictMath.pow(StrictMath.sin(dLambda / 2), 2);
        return 2 * EARTH_RADIUS_M * StrictMath.asin(StrictMath.min(1.0, StrictMath.sqrt(h)));
    }

    /**
     * The estimated walking distance: haversine times the detour factor, rounded half-up to a tenth of a metre.
     * Radii are compared with this rounded figure, the one the verdict prints, so that what is shown is what decided.
     */
    public static BigDecimal estimatedWalkM(LatLon a, LatLon b, BigDecimal detourFactor) {
        return BigDecimal.valueOf(estimatedWalkTenths(a, b, detourFactor.doubleValue()), 1);
    }

    /**
     * The same estimate in tenths of a metre: haversine × detour in IEEE double (the same bits on every JVM, since
     * both factors are), then rounded half-up to a tenth. Used in the hot loop, where a BigDecimal per pair would cost.
     */
    public static long estimatedWalkTenths(LatLon a, LatLon b, double detourFactor) {
        double tenths = haversineM(a, b) * detourFactor * 10;
        return (long) StrictMath.floor(tenths + 0.5);
    }
}
