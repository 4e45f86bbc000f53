package org.quarterhour.batch;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.quarterhour.hash.Sha256;

/**
 * The verdict names a batch has written, so that a community scored twice in one run is refused, kept in bounded
 * memory: a 64-bit fingerprint of each name (the first 8 bytes of its SHA-256) in an open-addressed table, 16 bytes
 * a name at most instead of the name itself — about 1.6 MB for 100,000 communities. Two different names share a
 * fingerprint with a chance of about 1 in 4 × 10^7 over a million names; such a community would be refused as a
 * repeat, with the message naming it, never written over another.
 */
final class Written {
    private long[] slots = new long[1 << 10];
    private int size;
    /** 0 marks an empty slot, so a fingerprint of 0 is kept aside. */
    private boolean zero;

    boolean contains(String name) {
        long f = fingerprint(name);
        if (f == 0) {
            return zero;
        }
        for (int i = index(f, slots.length); slots[i] != 0; i = (i + 1) & (slots.length - 1)) {
            if (slots[i] == f) {
                return true;
            }
        }
        return false;
    }

    void add(String name) {
        long f = fingerprint(name);
        if (f == 0) {
            zero = true;
            return;
        }
        if (put(slots, f)) {
            size++;
            if (size * 2 > slots.length) {
                long[] larger = new long[slots.length * 2];
                for (long s : slots) {
                    if (s != 0) {
                        put(larger, s);
                    }
                }
                slots = larger;
            }
        }
    }

    /** Puts {@code f} in the table; false where it was there already. */
    private static boolean put(long[] table, long f) {
        int i = index(f, table.length);
        while (table[i] != 0) {
            if (table[i] == f) {
                return false;
            }
            i = (i + 1) & (table.length - 1);
        }
        table[i] = f;
        return true;
    }

    private static int index(long f, int length) {
        return (int) (f ^ (f >>> 32)) & (length - 1);
    }

    private static long fingerprint(String name) {
        return ByteBuffer.wrap(Sha256.digest().digest(name.getBytes(StandardCharsets.UTF_8))).getLong();
    }
}
