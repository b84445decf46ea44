package dev.neuroevo.random;

/**
 * numpy's {@code np.random.SeedSequence(entropy)} for one non-negative integer below 2^64, without a
 * spawn key, and its {@code generate_state}: O'Neill's seed_seq hash over a pool of four 32-bit words
 * (numpy's {@code bit_generator.pyx}). The entropy is a Java {@code long} read as unsigned, split into
 * 32-bit words lowest first as numpy splits a Python int: one word below 2^32, two from there.
 *
 * <p>Reseeding overwrites the pool in place, so a hot loop can seed a new episode without allocating.
 */
public final class SeedSequence {
    private static final int POOL_SIZE = 4;
    private static final int INIT_A = 0x43b0d7e5;
    private static final int MULT_A = 0x931e8875;
    private static final int INIT_B = 0x8b51f9dd;
    private static final int MULT_B = 0x58f38ded;
    private static final int MIX_MULT_L = 0xca01f9dd;
    private static final int MIX_MULT_R = 0x4973f715;

    private final int[] pool = new int[POOL_SIZE];
    private int hashConst;

    /** The sequence of {@code SeedSequence(Long.toUnsignedString(entropy))}'s integer. */
    public SeedSequence(long entropy) {
        reseed(entropy);
    }

    /** Becomes {@code SeedSequence(entropy)}, entropy read as unsigned 64-bit. */
    public void reseed(long entropy) {
        int low = (int) entropy;
        int high = (int) (entropy >>> 32);
        int words = high == 0 ? 1 : 2;
        hashConst = INIT_A;
        for (int i = 0; i < POOL_SIZE; i++) {
            int word = i == 0 ? low : i == 1 && words == 2 ? high : 0;
            pool[i] = hashmix(word);
        }
        for (int src = 0; src < POOL_SIZE; src++) {
            for (int dst = 0; dst < POOL_SIZE; dst++) {
                if (src != dst) {
                    pool[dst] = mix(pool[dst], hashmix(pool[src]));
                }
            }
        }
    }

    /** {@code generate_state(out.length, np.uint64)}: pairs of 32-bit words, the first one low. */
    public void generateState(long[] out) {
        int h = INIT_B;
        for (int i = 0; i < 2 * out.length; i++) {
            int v = pool[i % POOL_SIZE] ^ h;
            h *= MULT_B;
            v *= h;
            v ^= v >>> 16;
            if ((i & 1) == 0) {
                out[i >> 1] = v & 0xFFFFFFFFL;
            } else {
                out[i >> 1] |= (long) v << 32;
            }
        }
    }

    private int hashmix(int value) {
        value ^= hashConst;
        hashConst *= MULT_A;
        value *= hashConst;
        return value ^ (value >>> 16);
    }

    private static int mix(int x, int y) {
        int result = MIX_MULT_L * x - MIX_MULT_R * y;
        return result ^ (result >>> 16);
    }
}
