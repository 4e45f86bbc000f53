/*
 * Sine and cosine as fdlibm 5.3 computes them (s_sin.c, s_cos.c, k_sin.c, k_cos.c and the small and medium
 * arguments of e_rem_pio2.c), written in Java from the C. fdlibm carries this notice:
 *
 * ====================================================
 * Copyright (C) 1993 by Sun Microsystems, Inc. All rights reserved.
 *
 * Developed at SunPro, a Sun Microsystems, Inc. business.
 * Permission to use, copy, modify, and distribute this
 * software is freely granted, provided that this notice
 * is preserved.
 * ====================================================
 */
package org.quarterhour.geo;

/**
 * {@link StrictMath#sin} and {@link StrictMath#cos}, bit for bit, without their cost. {@code StrictMath} is specified
 * to give fdlibm's results; Java 17 calls fdlibm's C through JNI and Java 21 and later run a Java port that allocates
 * an array a call. A community's geometry makes about 3,000 of these calls, most of them in the GCJ-02 inverse, so the
 * same arithmetic is done here in local variables. The results are those of {@code StrictMath}: the same IEEE double
 * operations in the same order (Java's double arithmetic is strict), which {@code FdlibmTest} checks against
 * {@code StrictMath} on millions of arguments. Arguments beyond 2<sup>19</sup>·π/2, infinities and NaN, which
 * no coordinate produces, are passed to {@code StrictMath} itself.
 */
final class Fdlibm {
    // k_sin.c: sin on [-π/4, π/4] as an odd polynomial
    private static final double S1 = -1.66666666666666324348e-01; // 0xBFC55555, 0x55555549
    private static final double S2 = 8.33333333332248946124e-03; // 0x3F811111, 0x1110F8A6
    private static final double S3 = -1.98412698298579493134e-04; // 0xBF2A01A0, 0x19C161D5
    private static final double S4 = 2.75573137070700676789e-06; // 0x3EC71DE3, 0x57B1FE7D
    private static final double S5 = -2.50507602534068634195e-08; // 0xBE5AE5E6, 0x8A2B9CEB
    private static final double S6 = 1.58969099521155010221e-10; // 0x3DE5D93A, 0x5ACFD57C
    // k_cos.c: cos on [-π/4, π/4] as an even polynomial
    private static final double C1 = 4.16666666666666019037e-02; // 0x3FA55555, 0x5555554C
    private static final double C2 = -1.38888888888741095749e-03; // 0xBF56C16C, 0x16C15177
    private static final double C3 = 2.48015872894767294178e-05; // 0x3EFA01A0, 0x19CB1590
    private static final double C4 = -2.75573143513906633035e-07; // 0xBE927E4F, 0x809C52AD
    private static final double C5 = 2.08757232129817482790e-09; // 0x3E21EE9E, 0xBDB4B1C4
    private static final double C6 = -1.13596475577881948265e-11; // 0xBDA8FAE9, 0xBE8838D4
    // e_rem_pio2.c: 2/π, and π/2 in three pieces of 33 bits each with what is left of it after each
    private static final double INVPIO2 = 6.36619772367581382433e-01; // 0x3FE45F30, 0x6DC9C883
    private static final double PIO2_1 = 1.57079632673412561417e+00; // 0x3FF921FB, 0x54400000
    private static final double PIO2_1T = 6.07710050650619224932e-11; // 0x3DD0B461, 0x1A626331
    private static final double PIO2_2 = 6.07710050630396597660e-11; // 0x3DD0B461, 0x1A600000
    private static final double PIO2_2T = 2.02226624879595063154e-21; // 0x3BA3198A, 0x2E037073
    private static final double PIO2_3 = 2.02226624871116645580e-21; // 0x3BA3198A, 0x2E000000
    private static final double PIO2_3T = 8.47842766036889956997e-32; // 0x397B839A, 0x252049C1
    /** The high words of n·π/2 for n = 1..32: where x is near one of them, one round of reduction may not do. */
    private static final int[] NPIO2_HW = {
        0x3FF921FB, 0x400921FB, 0x4012D97C, 0x401921FB, 0x401F6A7A, 0x4022D97C,
        0x4025FDBB, 0x402921FB, 0x402C463A, 0x402F6A7A, 0x4031475C, 0x4032D97C,
        0x40346B9C, 0x4035FDBB, 0x40378FDB, 0x403921FB, 0x403AB41B, 0x403C463A,
        0x403DD85A, 0x403F6A7A, 0x40407E4C, 0x4041475C, 0x4042106C, 0x4042D97C,
        0x4043A28C, 0x40446B9C, 0x404534AC, 0x4045FDBB, 0x4046C6CB, 0x40478FDB,
        0x404858EB, 0x404921FB,
    };

    private Fdlibm() {
    }

    /** {@code StrictMath.sin(x)}. */
    static double sin(double x) {
        int ix = highWord(x) & 0x7fffffff;
        if (ix <= 0x3fe921fb) { // |x| ≤ π/4: no reduction
            return kernelSin(x, 0.0, false);
        }
        return reduced(x, 0);
    }

    /** {@code StrictMath.cos(x)}. */
    static double cos(double x) {
        int ix = highWord(x) & 0x7fffffff;
        if (ix <= 0x3fe921fb) {
            return kernelCos(x, 0.0);
        }
        return reduced(x, 1);
    }

    /**
     * sin(x) for {@code quadrant} 0, cos(x) for 1, where |x| > π/4: x reduced to y0 + y1 in [-π/4, π/4] with
     * x = n·π/2 + y0 + y1 (e_rem_pio2.c), then the kernel of the quadrant n + {@code quadrant} falls in.
     */
    private static double reduced(double x, int quadrant) {
        int hx = highWord(x);
        int ix = hx & 0x7fffffff;
        if (ix > 0x413921fb) { // |x| > 2^19·π/2, infinity or NaN: the large-argument reduction is StrictMath's
            return quadrant == 0 ? StrictMath.sin(x) : StrictMath.cos(x);
        }
        int n;
        double y0;
        double y1;
        if (ix < 0x4002d97c) { // |x| < 3π/4: n is ±1
            if (hx > 0) {
                double z = x - PIO2_1;
                if (ix != 0x3ff921fb) { // 33 + 53 bits of π are enough
                    y0 = z - PIO2_1T;
                    y1 = (z - y0) - PIO2_1T;
                } else { // near π/2: 33 + 33 + 53 bits
                    z -= PIO2_2;
                    y0 = z - PIO2_2T;
                    y1 = (z - y0) - PIO2_2T;
                }
                n = 1;
            } else {
                double z = x + PIO2_1;
                if (ix != 0x3ff921fb) {
                    y0 = z + PIO2_1T;
                    y1 = (z - y0) + PIO2_1T;
                } else {
                    z += PIO2_2;
                    y0 = z + PIO2_2T;
                    y1 = (z - y0) + PIO2_2T;
                }
                n = -1;
            }
        } else { // medium size
            double t = Math.abs(x);
            n = (int) (t * INVPIO2 + 0.5);
            double fn = n;
            double r = t - fn * PIO2_1;
            double w = fn * PIO2_1T; // first round, good to 85 bits
            y0 = r - w;
            if (n >= 32 || ix == NPIO2_HW[n - 1]) {
                int j = ix >> 20;
                int i = j - ((highWord(y0) >> 20) & 0x7ff);
                if (i > 16) { // second round, good to 118 bits
                    t = r;
                    w = fn * PIO2_2;
                    r = t - w;
                    w = fn * PIO2_2T - ((t - r) - w);
                    y0 = r - w;
                    i = j - ((highWord(y0) >> 20) & 0x7ff);
                    if (i > 49) { // third round, 151 bits, covers every case
                        t = r;
                        w = fn * PIO2_3;
                        r = t - w;
                        w = fn * PIO2_3T - ((t - r) - w);
                        y0 = r - w;
                    }
                }
            }
            y1 = (r - y0) - w;
            if (hx < 0) {
                y0 = -y0;
                y1 = -y1;
                n = -n;
            }
        }
        return switch ((n + quadrant) & 3) {
            case 0 -> kernelSin(y0, y1, true);
            case 1 -> kernelCos(y0, y1);
            case 2 -> -kernelSin(y0, y1, true);
            default -> -kernelCos(y0, y1);
        };
    }

    /** sin(x + y) for |x| ≤ π/4, y the tail of x; {@code hasTail} false where y is 0 (k_sin.c). */
    private static double kernelSin(double x, double y, boolean hasTail) {
        int ix = highWord(x) & 0x7fffffff;
        if (ix < 0x3e400000 && (int) x == 0) { // |x| < 2^-27
            return x;
        }
        double z = x * x;
        double v = z * x;
        double r = S2 + z * (S3 + z * (S4 + z * (S5 + z * S6)));
        if (!hasTail) {
            return x + v * (S1 + z * r);
        }
        return x - ((z * (0.5 * y - v * r) - y) - v * S1);
    }

    /** cos(x + y) for |x| ≤ π/4, y the tail of x (k_cos.c). */
    private static double kernelCos(double x, double y) {
        int ix = highWord(x) & 0x7fffffff;
        if (ix < 0x3e400000 && (int) x == 0) { // |x| < 2^-27
            return 1.0;
        }
        double z = x * x;
        double r = z * (C1 + z * (C2 + z * (C3 + z * (C4 + z * (C5 + z * C6)))));
        if (ix < 0x3FD33333) { // |x| < 0.3
            return 1.0 - (0.5 * z - (z * r - x * y));
        }
        // x/4 with its low word cleared, or 0.28125 above 0.78125
        double qx = ix > 0x3fe90000 ? 0.28125 : Double.longBitsToDouble((long) (ix - 0x00200000) << 32);
        double hz = 0.5 * z - qx;
        double a = 1.0 - qx;
        return a - (hz - (z * r - x * y));
    }

    private static int highWord(double x) {
        return (int) (Double.doubleToRawLongBits(x) >>> 32);
    }
}
