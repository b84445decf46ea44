package dev.neuroevo.task.supervised;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IdxFormatTest {

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void readsUnsignedBytesPlainOrGzipped(boolean gzip, @TempDir Path dir) throws IOException {
        Path file = dir.resolve("x");
        SyntheticData.writeIdx(file, new int[] {2, 3, 2}, new byte[] {0, 1, 2, 3, 4, (byte) 255, 6, 7, 8, 9, 10, (byte) 128},
                gzip);
        IdxFormat.Array a;
        try (InputStream in = Files.newInputStream(file)) {
            a = IdxFormat.read(in);
        }
        assertArrayEquals(new int[] {2, 3, 2}, a.dims());
        assertArrayEquals(new float[] {0, 1, 2, 3, 4, 255, 6, 7, 8, 9, 10, 128}, a.values());
        assertTrue(a.rowSize() == 6);
    }

    @Test
    void readsBigEndianFloatsAndInts() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(bytes);
        out.write(new byte[] {0, 0, 0x0D, 1});
        out.writeInt(2);
        out.writeFloat(1.5f);
        out.writeFloat(-3.25f);
        assertArrayEquals(new float[] {1.5f, -3.25f}, IdxFormat.read(new ByteArrayInputStream(bytes.toByteArray())).values());
        bytes.reset();
        out.write(new byte[] {0, 0, 0x0C, 1});
        out.writeInt(2);
        out.writeInt(70000);
        out.writeInt(-5);
        assertArrayEquals(new float[] {70000, -5}, IdxFormat.read(new ByteArrayInputStream(bytes.toByteArray())).values());
    }

    @Test
    void rejectsOtherFilesAndShortOnes() {
        assertThrows(IOException.class, () -> IdxFormat.read(new ByteArrayInputStream("a,b,c\n".getBytes())));
        byte[] truncated = {0, 0, 0x08, 1, 0, 0, 0, 5, 1, 2};
        IOException e = assertThrows(IOException.class, () -> IdxFormat.read(new ByteArrayInputStream(truncated)));
        assertTrue(e.getMessage().contains("ends before"), e.getMessage());
    }
}
