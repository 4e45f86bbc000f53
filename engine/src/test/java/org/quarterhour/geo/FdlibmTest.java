package org.quarterhour.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import org.junit.jupiter.api.Test;

/** {@link Fdlibm} is {@link StrictMath}'s sine and cosine, bit for bit: replays depend on it. */
class FdlibmTest {

    @Property(tries = 5000)
    void any_double_gives_strictmaths_bits(@ForAll double x) {
        assertSame(x);
    }

    @Property(tries = 5000)
    void the_arguments_geometry_makes_give_strictmaths_bits(@ForAll @DoubleRange(min = -700, max = 700) double x) {
        assertSame(x);
    }

    /**
     * Two million arguments of every size the reduction treats differently, half of them within 10^-9 of a multiple
     * of π/2, where it needs its second round (the third is the next test's).
     */
    @Test
    void two_million_arguments_of_every_reduction_path_give_strictmaths_bits() {
        SplittableRandom random = new SplittableRandom(20261122);
        double[] scales = {1e-12, 1e-6, 0.5, 0.8, 1, 2, 2.4, 4, 10, 100, 700, 1e4, 1e6, 8.3e5, 2e6};
        for (int i = 0; i < 2_000_000; i++) {
            double x = (random.nextDouble() * 2 - 1) * scales[i % scales.length];
            if (i % 2 == 0) {
                x = Math.rint(x / (Math.PI / 2)) * (Math.PI / 2) + (random.nextDouble() - 0.5) * 1e-9;
            }
            assertSame(x);
        }
    }

    /**
     * The doubles nearest n·π/2 up to 2<sup>19</sup>·π/2 and their neighbours, where the reduction cancels 50 bits and
     * more and takes its third round.
     */
    @Test
    void the_doubles_nearest_multiples_of_half_pi_give_strictmaths_bits() {
        for (int n = 1; n <= 1 << 19; n++) {
            double x = n * (Math.PI / 2);
            for (double y : new double[] {x, Math.nextUp(x), Math.nextDown(x), -x}) {
                assertSame(y);
            }
        }
    }

    @Test
    void edge_values_give_strictmaths_bits() {
        double[] edges = {0.0, -0.0, Double.MIN_VALUE, -Double.MIN_VALUE, Double.MIN_NORMAL, 0x1p-27, -0x1p-27, 0x1p-28,
            Math.PI / 4, -Math.PI / 4, Math.nextUp(Math.PI / 4), Math.PI / 2, -Math.PI / 2, 3 * Math.PI / 4, Math.PI,
            -Math.PI, 0.3, 0.78125, Math.nextUp(0.78125), 32 * Math.PI / 2, 33 * Math.PI / 2, 0x1p19 * Math.PI / 2,
            Math.nextUp(0x1p19 * Math.PI / 2), 1e300, -1e300, Double.MAX_VALUE, Double.POSITIVE_INFINITY,
            Double.NEGATIVE_INFINITY, Double.NaN};
        for (double x : edges) {
            assertSame(x);
        }
    }

    private static void assertSame(double x) {
        assertEquals(Double.doubleToRawLongBits(StrictMath.sin(x)), Double.doubleToRawLongBits(Fdlibm.sin(x)), () -> "sin " + x);
        assertEquals(Double.doubleToRawLongBits(StrictMath.cos(x)), Double.doubleToRawLongBits(Fdlibm.cos(x)), () -> "cos " + x);
    }
}
