package dev.neuroevo.random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Against numpy 2.4 ({@code src/test/python/reset_reference.py} wrote the fixture). */
class NumpyGeneratorTest {

    private static List<String[]> fixture() throws IOException {
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                NumpyGeneratorTest.class.getResourceAsStream("/reference/reset-generator.csv"), StandardCharsets.UTF_8))) {
            r.readLine();
            List<String[]> rows = new ArrayList<>();
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                rows.add(line.split(","));
            }
            return rows;
        }
    }

    private static long hex(String s) {
        return Long.parseUnsignedLong(s, 16);
    }

    @Test
    void seedSequenceStateEqualsNumpys() throws IOException {
        long[] words = new long[4];
        List<String[]> rows = fixture();
        for (String[] f : rows) {
            new SeedSequence(Long.parseUnsignedLong(f[0])).generateState(words);
            for (int i = 0; i < 4; i++) {
                assertEquals(hex(f[1 + i]), words[i], "seed " + f[0] + " word " + i);
            }
        }
        assertTrue(rows.size() >= 100);
    }

    @Test
    void pcg64StreamEqualsNumpys() throws IOException {
        NumpyGenerator g = new NumpyGenerator(0);
        for (String[] f : fixture()) {
            g.reseed(Long.parseUnsignedLong(f[0]));
            assertEquals(hex(f[5]), g.nextLong(), "seed " + f[0] + " draw 1");
            assertEquals(hex(f[6]), g.nextLong(), "seed " + f[0] + " draw 2");
            for (int i = 3; i < 1000; i++) {
                g.nextLong();
            }
            assertEquals(hex(f[7]), g.nextLong(), "seed " + f[0] + " draw 1000");
        }
    }

    @Test
    void seedsCoverTheUnsignedRange() throws IOException {
        List<Long> seeds = fixture().stream().map(f -> Long.parseUnsignedLong(f[0])).toList();
        for (long s : new long[] {0, 1, (1L << 31) - 1, 1L << 32, Long.MAX_VALUE, -1L}) {
            assertTrue(seeds.contains(s), Long.toUnsignedString(s));
        }
    }

    @Test
    void doubleIsTheTop53BitsAndUniformScalesIt() {
        NumpyGenerator a = new NumpyGenerator(-1L);
        NumpyGenerator b = new NumpyGenerator(-1L);
        for (int i = 0; i < 1000; i++) {
            long bits = a.nextLong();
            double u = b.uniform(-3.0, 5.0);
            assertEquals(-3.0 + 8.0 * ((bits >>> 11) * 0x1.0p-53), u);
        }
    }

    @Test
    void reseedingAllocatesNothing() {
        com.sun.management.ThreadMXBean threads =
                (com.sun.management.ThreadMXBean) java.lang.management.ManagementFactory.getThreadMXBean();
        NumpyGenerator g = new NumpyGenerator(0);
        double sink = 0;
        for (int i = 0; i < 50_000; i++) {
            g.reseed(i * 0x9E3779B97F4A7C15L);
            sink += g.random();
        }
        long before = threads.getCurrentThreadAllocatedBytes();
        for (int i = 0; i < 10_000; i++) {
            g.reseed(i * 0x9E3779B97F4A7C15L);
            sink += g.random();
        }
        long bytes = threads.getCurrentThreadAllocatedBytes() - before;
        assertTrue(bytes < 1024, bytes + " bytes in 10,000 reseeds (" + sink + ")");
    }
}
