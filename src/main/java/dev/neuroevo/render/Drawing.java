package dev.neuroevo.render;

import java.awt.Color;
import java.awt.Graphics2D;

/**
 * How one environment looks in Gymnasium's {@code rgb_array} mode: its canvas size, frame rate,
 * colours and shapes, drawn from the state {@link dev.neuroevo.task.control.Environment#state()}
 * returns. The graphics come with Gymnasium's pygame coordinates: pixels, origin at the bottom
 * left, y up (pygame draws that way and flips the surface at the end).
 */
public abstract class Drawing {
    private final int width;
    private final int height;
    private final int framesPerSecond;

    Drawing(int width, int height, int framesPerSecond) {
        this.width = width;
        this.height = height;
        this.framesPerSecond = framesPerSecond;
    }

    public final int width() {
        return width;
    }

    public final int height() {
        return height;
    }

    /** Gymnasium's {@code render_fps}. */
    public final int framesPerSecond() {
        return framesPerSecond;
    }

    /** The colour of the step and return written in the top-left corner (it must show on the sky). */
    public Color ink() {
        return Color.BLACK;
    }

    /**
     * Draws the scene on a canvas already filled white.
     *
     * @param action the continuous action just taken, or null (a discrete one, or the first frame)
     */
    public abstract void draw(Graphics2D g, double[] state, double[] action);

    /** The drawing of an environment id. */
    public static Drawing of(String envId) {
        return switch (envId) {
            case "CartPole-v1", "CartPole-v0" -> new CartPoleDrawing();
            case "MountainCar-v0" -> new MountainCarDrawing(0.5);
            case "MountainCarContinuous-v0" -> new MountainCarDrawing(0.45);
            case "Acrobot-v1" -> new AcrobotDrawing();
            case "Pendulum-v1" -> new PendulumDrawing();
            case "LunarLander-v3", "LunarLanderContinuous-v3" -> new LunarLanderDrawing();
            default -> throw new IllegalArgumentException("no drawing of environment '" + envId + "'");
        };
    }
}
