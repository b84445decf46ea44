package dev.neuroevo.random;

/**
 * A reseedable SplitMix64 generator (Steele, Lea and Flood, 2014) and the key derivation used for
 * every random draw: a stream is named by (run seed, generation, individual, purpose), never by
 * time, thread or partition. Reseeding in place lets a hot loop start a new episode without
 * allocating.
 */
public final class SplitMix64 {
    private static final long GOLDEN = 0x9E3779B97F4A7C15L;
    private static final double DOUBLE_UNIT = 0x1.0p-53;

    private long state;
    private double spareGaussian;
    private boolean hasSpare;

    public SplitMix64(long seed) {
        reseed(seed);
    }

    public void reseed(long seed) {
        state = seed;
        hasSpare = false;
    }

    /** Stafford's variant 13 finaliser: a bijection that scatters nearby inputs. */
    public static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** The seed of the stream for (run seed, generation, individual, purpose). */
    public static long key(long runSeed, long generation, long individual, Purpose purpose) {
        long h = mix(runSeed + GOLDEN);
        h = mix(h ^ (generation + GOLDEN));
        h = mix(h ^ (individual + 2 * GOLDEN));
        return mix(h ^ (purpose.code() + 3 * GOLDEN));
    }

    /** A sub-stream of a keyed stream, e.g. episode {@code index} of an evaluation. */
    public static long child(long seed, long index) {
        return mix(mix(seed + GOLDEN) ^ (index * GOLDEN + 1));
    }

    public long nextLong() {
        return mix(state += GOLDEN);
    }

    /** Uniform in [0, 1). */
    public double nextDouble() {
        return (nextLong() >>> 11) * DOUBLE_UNIT;
    }

    /** Uniform in [low, high). */
    public double uniform(double low, double high) {
        return low + (high - low) * nextDouble();
    }

    /** Uniform in [0, bound) without modulo bias (Lemire's method). */
    public int nextInt(int bound) {
        if (bound <= 0) {
            throw new IllegalArgumentException("bound must be positive: " + bound);
        }
        long m = (nextLong() >>> 32) * bound;
        long low = m & 0xFFFFFFFFL;
        if (low < bound) {
            long threshold = (0x1_0000_0000L - bound) % bound;
            while (low < threshold) {
                m = (nextLong() >>> 32) * bound;
                low = m & 0xFFFFFFFFL;
            }
        }
        return (int) (m >>> 32);
    }

    /** Standard normal by Marsaglia's polar method; the spare is kept, so draws come in pairs. */
    public double nextGaussian() {
        if (hasSpare) {
            hasSpare = false;
            return spareGaussian;
        }
        double u;
        double v;
        double s;
        do {
            u = 2 * nextDouble() - 1;
            v = 2 * nextDouble() - 1;
            s = u * u + v * v;
        } while (s >= 1 || s == 0);
        double f = Math.sqrt(-2 * Math.log(s) / s);
        spareGaussian = v * f;
        hasSpare = true;
        return u * f;
    }
}
