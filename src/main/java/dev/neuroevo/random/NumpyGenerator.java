package dev.neuroevo.random;

/**
 * {@code np.random.Generator(np.random.PCG64(np.random.SeedSequence(seed)))}, the generator
 * Gymnasium's {@code seeding.np_random(seed)} makes, with the draws the environments use. The seed
 * is a Java {@code long} read as unsigned 64-bit, so every long is a valid Gymnasium seed:
 * {@code -1L} is 2^64 - 1. Reseeding reuses the seed sequence and scratch, so it allocates nothing.
 */
public final class NumpyGenerator {
    private final SeedSequence seedSequence = new SeedSequence(0);
    private final long[] words = new long[4];
    private final Pcg64 bits = new Pcg64(0);

    /** The generator of {@code np_random(Long.toUnsignedString(seed))}. */
    public NumpyGenerator(long seed) {
        reseed(seed);
    }

    public void reseed(long seed) {
        seedSequence.reseed(seed);
        bits.seed(seedSequence, words);
    }

    /** {@code Generator.random()}: uniform in [0, 1). */
    public double random() {
        return bits.nextDouble();
    }

    /** {@code Generator.uniform(low, high)}: {@code low + (high - low) * random()}, as numpy computes it. */
    public double uniform(double low, double high) {
        return low + (high - low) * bits.nextDouble();
    }

    /** The next raw 64 bits of the PCG64 stream ({@code bit_generator.random_raw()}). */
    public long nextLong() {
        return bits.nextLong();
    }
}
