package dev.neuroevo.render;

import dev.neuroevo.task.control.Environment;
import dev.neuroevo.task.control.Policy;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.util.Locale;

/**
 * One episode of a policy as an animated GIF: a frame of the start state, then one after every step
 * (so an episode of n steps has n + 1 frames), each with the step and the return so far in the
 * top-left corner, at the environment's own frame rate.
 */
public final class EpisodeFilm {
    /** The GIF, and the episode it shows. */
    public record Result(byte[] gif, int steps, double episodeReturn, int frames) {
    }

    private EpisodeFilm() {
    }

    /**
     * Plays the episode that Gymnasium's {@code reset(seed=seed)} starts, drawing it at {@code scale}
     * times the canvas size of Gymnasium's rgb_array mode.
     */
    public static Result record(Environment env, Policy policy, double[] weights, long seed, double scale) {
        Drawing drawing = Drawing.of(env.spec().id());
        int width = (int) Math.round(drawing.width() * scale);
        int height = (int) Math.round(drawing.height() * scale);
        BufferedImage frame = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = frame.createGraphics();
        // Without antialiasing a frame has only the drawing's few colours: a GIF palette of exactly
        // them, small files, and no slow colour quantisation.
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_OFF);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_OFF);
        g.setFont(new Font(Font.MONOSPACED, Font.BOLD, Math.max(9, (int) Math.round(14 * scale))));
        // pygame draws with y up and flips the surface: the same here, scaled
        AffineTransform scene = new AffineTransform(scale, 0, 0, -scale, 0, height);
        AffineTransform text = new AffineTransform();
        int delay = Math.max(2, Math.round(100f / drawing.framesPerSecond()));
        double[] obs = env.reset(seed);
        double episodeReturn = 0;
        int frames = 0;
        byte[] gif;
        try (AnimatedGif out = new AnimatedGif(width, height, delay)) {
            double[] action = null;
            while (true) {
                g.setTransform(text);
                g.setColor(Color.WHITE);
                g.fillRect(0, 0, width, height);
                g.setTransform(scene);
                drawing.draw(g, env.state(), action);
                g.setTransform(text);
                g.setColor(drawing.ink());
                g.drawString(String.format(Locale.ROOT, "step %d  return %.2f", env.elapsedSteps(), episodeReturn),
                        Math.round(6 * scale), g.getFontMetrics().getAscent() + Math.round(4 * scale));
                out.add(frame);
                frames++;
                if (env.terminated() || env.truncated()) {
                    break;
                }
                policy.act(env, weights, obs);
                action = policy.discrete() ? null : policy.lastContinuousAction();
                episodeReturn += env.reward();
            }
            gif = out.finish();
        } finally {
            g.dispose();
        }
        return new Result(gif, env.elapsedSteps(), episodeReturn, frames);
    }
}
