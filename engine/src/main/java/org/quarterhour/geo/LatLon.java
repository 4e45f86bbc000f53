package org.quarterhour.geo;

/** A point in decimal degrees, latitude first, in the coordinate system it was written in. */
public record LatLon(double lat, double lon, Crs crs) {
    public LatLon {
        if (!Double.isFinite(lat) || lat < -90 || lat > 90) {
            throw new IllegalArgumentException("latitude " + lat + " outside [-90, 90]");
        }
        if (!Double.isFinite(lon) || lon < -180 || lon > 180) {
            throw new IllegalArgumentException("longitude " + lon + " outside [-180, 180]");
        }
        if (crs == null) {
            throw new IllegalArgumentException("crs is required");
        }
    }

    /** The same place in WGS-84. */
    public LatLon toWgs84() {
        return switch (crs) {
            case WGS84 -> this;
            case GCJ02 -> ChinaOffsets.gcj02ToWgs84(this);
            case BD09 -> ChinaOffsets.gcj02ToWgs84(ChinaOffsets.bd09ToGcj02(this));
        };
    }
}
