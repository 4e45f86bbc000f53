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
        double h = StrictMath.pow(Fdlibm.sin(dPhi / 2), 2)
                + Fdlibm.cos(phi1) * Fdlibm.cos(phi2) * StrictMath.pow(Fdlibm.sin(dLambda / 2), 2);
        return 2 * EARTH_RADIUS_M * StrictMath.asin(StrictMath.min(1.0, StrictMath.sqrt(h)));
    }

    /**
     * A point readied for many distances: converted to WGS-84, its latitude in radians and that latitude's cosine
     * worked out once. {@link #haversineM(Spot, Spot)} on two spots is bit for bit {@link #haversineM(LatLon, LatLon)}
     * on their points: the same fdlibm functions on the same values, only not repeated for every pair.
     */
    public record Spot(double phi, double cosPhi, double lon) {
        public static Spot of(LatLon point) {
            LatLon p = point.toWgs84();
            double phi = StrictMath.toRadians(p.lat());
            return new Spot(phi, Fdlibm.cos(phi), p.lon());
        }
    }

    /** {@link #haversineM(LatLon, LatLon)} for points readied as spots. */
    public static double haversineM(Spot p, Spot q) {
        double dPhi = q.phi() - p.phi();
        double dLambda = StrictMath.toRadians(q.lon() - p.lon());
        double sinHalfPhi = Fdlibm.sin(dPhi / 2);
        double sinHalfLambda = Fdlibm.sin(dLambda / 2);
        // StrictMath.pow(s, 2) is s * s exactly (fdlibm's pow answers y == 2 with x * x)
        double h = sinHalfPhi * sinHalfPhi + p.cosPhi() * q.cosPhi() * (sinHalfLambda * sinHalfLambda);
        return 2 * EARTH_RADIUS_M * StrictMath.asin(StrictMath.min(1.0, StrictMath.sqrt(h)));
    }

    /** {@link #estimatedWalkTenths(LatLon, LatLon, double)} for points readied as spots. */
    public static long estimatedWalkTenths(Spot a, Spot b, double detourFactor) {
        return tenths(haversineM(a, b) * detourFactor);
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
        return tenths(haversineM(a, b) * detourFactor);
    }

    private static long tenths(double metres) {
        return (long) StrictMath.floor(metres * 10 + 0.5);
    }
}
