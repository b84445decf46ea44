package dev.neuroevo.render;

import java.awt.image.BufferedImage;
import java.awt.image.DataBuffer;
import java.awt.image.IndexColorModel;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOInvalidTreeException;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageOutputStream;

/**
 * An animated GIF in memory, frame by frame, by the JDK's own GIF writer: every frame shown for
 * {@code delay} hundredths of a second, the whole looping forever (the NETSCAPE2.0 extension).
 */
public final class AnimatedGif implements AutoCloseable {
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final ImageOutputStream stream;
    private final ImageWriter writer;
    private final int delay;
    private final int[] pixels;
    private final byte[] index;
    private final int[] palette = new int[256];
    private final int[] slots = new int[1024];
    private int colours;
    private boolean first = true;

    /** Frames of {@code width} x {@code height}, each shown for {@code delayCentiseconds}. */
    public AnimatedGif(int width, int height, int delayCentiseconds) {
        this.delay = delayCentiseconds;
        this.pixels = new int[width * height];
        this.index = new byte[width * height];
        Arrays.fill(slots, -1);
        this.writer = ImageIO.getImageWritersByFormatName("gif").next();
        try {
            this.stream = ImageIO.createImageOutputStream(bytes);
            writer.setOutput(stream);
            writer.prepareWriteSequence(null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Appends a frame. One with at most 256 colours (a drawing without antialiasing) is written with
     * exactly its colours, quickly; another is left to the writer's own palette builder, which is slow.
     */
    public void add(BufferedImage rgb) {
        BufferedImage frame = indexed(rgb);
        ImageWriteParam param = writer.getDefaultWriteParam();
        IIOMetadata metadata = writer.getDefaultImageMetadata(ImageTypeSpecifier.createFromRenderedImage(frame), param);
        String format = metadata.getNativeMetadataFormatName();
        IIOMetadataNode root = (IIOMetadataNode) metadata.getAsTree(format);
        IIOMetadataNode control = child(root, "GraphicControlExtension");
        control.setAttribute("disposalMethod", "none");
        control.setAttribute("userInputFlag", "FALSE");
        control.setAttribute("transparentColorFlag", "FALSE");
        control.setAttribute("delayTime", Integer.toString(delay));
        control.setAttribute("transparentColorIndex", "0");
        if (frame != rgb) {
            // the JDK's writer drops an indexed image's own table: give it as the frame's local one
            int size = 2;
            while (size < colours) {
                size *= 2;
            }
            IIOMetadataNode table = new IIOMetadataNode("LocalColorTable");
            root.appendChild(table);
            table.setAttribute("sizeOfLocalColorTable", Integer.toString(size));
            table.setAttribute("sortFlag", "FALSE");
            for (int i = 0; i < size; i++) {
                IIOMetadataNode entry = new IIOMetadataNode("ColorTableEntry");
                entry.setAttribute("index", Integer.toString(i));
                entry.setAttribute("red", Integer.toString(palette[i] >> 16 & 0xFF));
                entry.setAttribute("green", Integer.toString(palette[i] >> 8 & 0xFF));
                entry.setAttribute("blue", Integer.toString(palette[i] & 0xFF));
                table.appendChild(entry);
            }
        }
        if (first) {
            IIOMetadataNode loop = new IIOMetadataNode("ApplicationExtension");
            loop.setAttribute("applicationID", "NETSCAPE");
            loop.setAttribute("authenticationCode", "2.0");
            loop.setUserObject(new byte[] {1, 0, 0}); // sub-block 1: loop count 0, forever
            child(root, "ApplicationExtensions").appendChild(loop);
            first = false;
        }
        try {
            metadata.setFromTree(format, root);
            writer.writeToSequence(new IIOImage(frame, null, metadata), param);
        } catch (IIOInvalidTreeException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The frame as a palette image of the colours seen so far, or itself once there are more than 256.
     * The palette only grows, so that every frame's indices agree with the first frame's table,
     * which the writer makes the file's global one.
     */
    private BufferedImage indexed(BufferedImage rgb) {
        int w = rgb.getWidth();
        int h = rgb.getHeight();
        rgb.getRGB(0, 0, w, h, pixels, 0, w);
        for (int i = 0; i < w * h; i++) {
            int c = pixels[i] & 0xFFFFFF;
            int slot = (c * 0x9E3779B1 >>> 22) & (slots.length - 1);
            while (slots[slot] >= 0 && palette[slots[slot]] != c) {
                slot = (slot + 1) & (slots.length - 1);
            }
            if (slots[slot] < 0) {
                if (colours == 256) {
                    return rgb;
                }
                palette[colours] = c;
                slots[slot] = colours++;
            }
            index[i] = (byte) slots[slot];
        }
        IndexColorModel model = new IndexColorModel(8, 256, palette, 0, false, -1, DataBuffer.TYPE_BYTE);
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_INDEXED, model);
        out.getRaster().setDataElements(0, 0, w, h, index);
        return out;
    }

    private static IIOMetadataNode child(IIOMetadataNode root, String name) {
        for (int i = 0; i < root.getLength(); i++) {
            if (root.item(i).getNodeName().equalsIgnoreCase(name)) {
                return (IIOMetadataNode) root.item(i);
            }
        }
        IIOMetadataNode node = new IIOMetadataNode(name);
        root.appendChild(node);
        return node;
    }

    /** Ends the file and returns it. */
    public byte[] finish() {
        try {
            writer.endWriteSequence();
            stream.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    @Override
    public void close() {
        writer.dispose();
    }
}
