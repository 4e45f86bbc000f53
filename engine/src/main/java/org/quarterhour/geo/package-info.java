/** Coordinates and distances: GCJ-02/BD-09 to WGS-84 and the estimated walking distance between two points. */
package org.quarterhour.geo;
