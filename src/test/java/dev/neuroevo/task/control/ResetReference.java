package dev.neuroevo.task.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

/**
 * The start states numpy drew as Gymnasium 1.4.0's {@code reset(seed=...)} draws them
 * ({@code src/test/python/reset_reference.py}): exact values for the first seeds and for
 * {@code reset()} sequences, and a digest of the float64 bits of each start state for 1,134 seeds.
 */
public final class ResetReference {
    /** A start state: {@code index} 0 after {@code reset(seed)}, k after k further {@code reset()}s. */
    public record Start(String env, long seed, int index, double[] values) { }

    /** One seed's digest of an environment's start state. */
    public record Digest(long seed, long digest) { }

    private ResetReference() {
    }

    /** reset-states.csv: the values of {@code reset(seed)} for the first seeds. */
    public static List<Start> states(String env) {
        List<Start> out = new ArrayList<>();
        for (String[] f : rows("reset-states.csv")) {
            if (f[0].equals(env)) {
                out.add(new Start(f[0], Long.parseUnsignedLong(f[1]), 0, doubles(f, 2)));
            }
        }
        return out;
    }

    /** reset-sequences.csv: {@code reset(seed)} then {@code reset()} four times. */
    public static List<Start> sequences(String env) {
        List<Start> out = new ArrayList<>();
        for (String[] f : rows("reset-sequences.csv")) {
            if (f[0].equals(env)) {
                out.add(new Start(f[0], Long.parseUnsignedLong(f[1]), Integer.parseInt(f[2]), doubles(f, 3)));
            }
        }
        return out;
    }

    /** reset-digests.csv: every seed's digest of {@code env}'s start state. */
    public static List<Digest> digests(String env) {
        List<String[]> rows = rows("reset-digests.csv");
        int column = Arrays.asList(header("reset-digests.csv")).indexOf(env);
        if (column < 1) {
            throw new IllegalArgumentException("no digests for " + env);
        }
        List<Digest> out = new ArrayList<>();
        for (String[] f : rows) {
            out.add(new Digest(Long.parseUnsignedLong(f[0]), Long.parseUnsignedLong(f[column], 16)));
        }
        return out;
    }

    /** The fixture's digest: d = rotl(d, 7) ^ bits(v) over the values, from d = 0. */
    public static long digest(double[] values) {
        long d = 0;
        for (double v : values) {
            d = Long.rotateLeft(d, 7) ^ Double.doubleToRawLongBits(v);
        }
        return d;
    }

    /**
     * Checks {@code env} against every fixture of {@code id}, bit for bit: {@code reset(seed)} for
     * every seed (digests), the exact values for the first seeds, and {@code reset()} sequences.
     * {@code start} reads from the environment what the fixture records of a start state.
     *
     * @return the number of seeds whose {@code reset(seed)} was checked
     */
    public static int assertResetsMatch(Environment env, String id, Function<Environment, double[]> start) {
        List<Digest> digests = digests(id);
        for (Digest d : digests) {
            env.reset(d.seed());
            double[] values = start.apply(env);
            assertEquals(Long.toHexString(d.digest()), Long.toHexString(digest(values)),
                    id + " reset(" + Long.toUnsignedString(d.seed()) + ") = " + Arrays.toString(values));
        }
        List<Start> states = states(id);
        for (Start s : states) {
            env.reset(s.seed());
            assertBitsEqual(s, start.apply(env));
        }
        List<Start> sequences = sequences(id);
        for (Start s : sequences) {
            if (s.index() == 0) {
                env.reset(s.seed());
            } else {
                env.reset();
            }
            assertBitsEqual(s, start.apply(env));
        }
        assertTrue(digests.size() >= 1000 && states.size() >= 40 && sequences.size() >= 20,
                id + ": fixtures too small");
        return digests.size();
    }

    private static void assertBitsEqual(Start expected, double[] actual) {
        String where = expected.env() + " seed " + Long.toUnsignedString(expected.seed()) + " reset " + expected.index();
        assertEquals(expected.values().length, actual.length, where);
        for (int i = 0; i < actual.length; i++) {
            assertEquals(Double.doubleToRawLongBits(expected.values()[i]), Double.doubleToRawLongBits(actual[i]),
                    where + " value " + i + ": " + expected.values()[i] + " expected, " + actual[i]);
        }
    }

    private static double[] doubles(String[] f, int from) {
        double[] out = new double[f.length - from];
        for (int i = 0; i < out.length; i++) {
            out[i] = Double.parseDouble(f[from + i]);
        }
        return out;
    }

    private static String[] header(String name) {
        try (BufferedReader r = open(name)) {
            return r.readLine().split(",");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String[]> rows(String name) {
        try (BufferedReader r = open(name)) {
            r.readLine();
            List<String[]> out = new ArrayList<>();
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                out.add(line.split(","));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static BufferedReader open(String name) {
        InputStream in = ResetReference.class.getResourceAsStream("/reference/" + name);
        if (in == null) {
            throw new IllegalStateException("missing fixture /reference/" + name);
        }
        return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
}
