package dev.neuroevo.random;

/**
 * numpy's {@code PCG64} bit generator: O'Neill's PCG with a 128-bit linear congruential state and
 * the XSL-RR output function ({@code pcg64.h}). The 128-bit state and increment are two longs each;
 * the multiplication uses {@link Math#multiplyHigh} corrected to unsigned, so a draw allocates nothing.
 */
public final class Pcg64 {
    private static final long MULT_HIGH = 0x2360ED051FC65DA4L;
    private static final long MULT_LOW = 0x4385DF649FCCF645L;

    private long stateHigh;
    private long stateLow;
    private long incHigh;
    private long incLow;

    /** {@code PCG64(SeedSequence(entropy))}. */
    public Pcg64(long entropy) {
        seed(new SeedSequence(entropy), new long[4]);
    }

    /**
     * Seeds as {@code PCG64(seedSequence)} does: four 64-bit words of {@code generate_state}, the
     * first two the initial state (high word first), the last two the stream. {@code words} is
     * scratch of length 4.
     */
    public void seed(SeedSequence seedSequence, long[] words) {
        seedSequence.generateState(words);
        seed(words[0], words[1], words[2], words[3]);
    }

    /** pcg_setseq_128_srandom_r(initstate, initseq). */
    void seed(long initStateHigh, long initStateLow, long initSeqHigh, long initSeqLow) {
        incHigh = (initSeqHigh << 1) | (initSeqLow >>> 63);
        incLow = (initSeqLow << 1) | 1L;
        stateHigh = 0;
        stateLow = 0;
        step();
        long low = stateLow + initStateLow;
        stateHigh += initStateHigh + (Long.compareUnsigned(low, stateLow) < 0 ? 1 : 0);
        stateLow = low;
        step();
    }

    /** The next 64 bits: one LCG step, then XSL-RR of the new state. */
    public long nextLong() {
        step();
        return Long.rotateRight(stateHigh ^ stateLow, (int) (stateHigh >>> 58));
    }

    /** numpy's {@code next_double}: the top 53 bits as a multiple of 2^-53 in [0, 1). */
    public double nextDouble() {
        return (nextLong() >>> 11) * 0x1.0p-53;
    }

    /** state = state * MULT + inc, modulo 2^128. */
    private void step() {
        long high = unsignedMultiplyHigh(stateLow, MULT_LOW) + stateLow * MULT_HIGH + stateHigh * MULT_LOW;
        long low = stateLow * MULT_LOW;
        long sum = low + incLow;
        stateHigh = high + incHigh + (Long.compareUnsigned(sum, low) < 0 ? 1 : 0);
        stateLow = sum;
    }

    /** The high 64 bits of the unsigned 128-bit product (Java 18's Math.unsignedMultiplyHigh). */
    private static long unsignedMultiplyHigh(long a, long b) {
        return Math.multiplyHigh(a, b) + ((a >> 63) & b) + ((b >> 63) & a);
    }
}
