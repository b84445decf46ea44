package dev.neuroevo.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.neuroevo.checkpoint.Outputs;
import dev.neuroevo.cli.ExitCode;
import dev.neuroevo.network.Activation;
import dev.neuroevo.network.Head;
import dev.neuroevo.network.NetworkSpec;
import dev.neuroevo.random.SplitMix64;
import dev.neuroevo.report.ModelFile;
import dev.neuroevo.task.control.EnvSpec;
import dev.neuroevo.task.control.Environment;
import dev.neuroevo.task.control.Environments;
import dev.neuroevo.task.control.Policy;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.stream.ImageInputStream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * `neuroevo render` of a seeded random policy in every environment, read back with ImageIO: the
 * canvas of Gymnasium's rgb_array mode, one frame for the start state and one after each step, the
 * environment's signature colour, its frame rate, and a scene that moves.
 */
class RenderTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @CsvSource({
        "CartPole-v1, 600, 400, 202, 152, 101, 2",
        "MountainCar-v0, 600, 400, 204, 204, 0, 3",
        "MountainCarContinuous-v0, 600, 400, 204, 204, 0, 3",
        "Acrobot-v1, 500, 500, 0, 204, 204, 7",
        "Pendulum-v1, 500, 500, 204, 77, 77, 3",
        "LunarLander-v3, 600, 400, 128, 102, 230, 2",
        "LunarLanderContinuous-v3, 600, 400, 128, 102, 230, 2",
    })
    void everyEnvironmentRendersItsEpisode(String id, int width, int height, int red, int green, int blue,
                                           int delay) throws IOException {
        EnvSpec env = Environments.spec(id);
        boolean discrete = env.actionSpace().isDiscrete();
        NetworkSpec spec = NetworkSpec.of(env.observationSize(), new int[] {8}, env.actionSpace().size(),
                Activation.TANH, Activation.LINEAR, discrete ? Head.ARGMAX : Head.TANH);
        double[] weights = new double[spec.parameterCount()];
        SplitMix64 rng = new SplitMix64(SplitMix64.child(42, id.hashCode()));
        for (int i = 0; i < weights.length; i++) {
            weights[i] = rng.nextGaussian();
        }
        Path model = dir.resolve(id + ".json");
        Files.writeString(model, new ModelFile(id, spec, weights, null, null).toJson());
        Path gif = dir.resolve(id + ".gif");

        Outputs.Result r = Outputs.run("render", model.toString(), "--seed", "5", "--out", gif.toString());
        assertEquals(ExitCode.OK, r.code(), r.err());

        // The episode's length, played again without drawing.
        Environment e = Environments.make(id);
        Policy policy = new Policy(spec, env);
        double[] obs = e.reset(5);
        while (!e.terminated() && !e.truncated()) {
            policy.act(e, weights, obs);
        }
        int steps = e.elapsedSteps();
        assertTrue(r.out().contains(steps + " steps"), r.out());

        ImageReader reader = ImageIO.getImageReadersByFormatName("gif").next();
        try (ImageInputStream in = ImageIO.createImageInputStream(gif.toFile())) {
            reader.setInput(in);
            assertEquals(steps + 1, reader.getNumImages(true), "the start state, then a frame a step");
            BufferedImage first = reader.read(0);
            BufferedImage last = reader.read(steps);
            assertEquals(width, first.getWidth());
            assertEquals(height, first.getHeight());
            assertTrue(has(first, red << 16 | green << 8 | blue), "Gymnasium's colour in the first frame");
            assertTrue(sceneDiffers(first, last), "the scene moves, not just the step counter");
            IIOMetadata meta = reader.getImageMetadata(0);
            String tree = dump(meta.getAsTree(meta.getNativeMetadataFormatName()));
            assertTrue(tree.contains("delayTime=" + delay), tree);
            assertTrue(tree.contains("applicationID=NETSCAPE"), "loops: " + tree);
        } finally {
            reader.dispose();
        }
    }

    private static boolean has(BufferedImage image, int rgb) {
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                if ((image.getRGB(x, y) & 0xFFFFFF) == rgb) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Pixels that differ below the corner where the step and return are written. */
    private static boolean sceneDiffers(BufferedImage a, BufferedImage b) {
        for (int y = 40; y < a.getHeight(); y++) {
            for (int x = 0; x < a.getWidth(); x++) {
                if (a.getRGB(x, y) != b.getRGB(x, y)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static String dump(org.w3c.dom.Node node) {
        StringBuilder s = new StringBuilder(node.getNodeName());
        if (node.getAttributes() != null) {
            for (int i = 0; i < node.getAttributes().getLength(); i++) {
                s.append(' ').append(node.getAttributes().item(i).getNodeName()).append('=')
                        .append(node.getAttributes().item(i).getNodeValue());
            }
        }
        for (org.w3c.dom.Node c = node.getFirstChild(); c != null; c = c.getNextSibling()) {
            s.append('\n').append(dump(c));
        }
        return s.toString();
    }
}
