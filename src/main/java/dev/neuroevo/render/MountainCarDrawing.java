package dev.neuroevo.render;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;

/**
 * Gymnasium's MountainCar frame (the discrete and the continuous one draw alike but for the goal):
 * 600 x 400, the hill {@code 0.45 sin(3x) + 0.55} as a line, a black car tilted with the slope, grey
 * wheels and a yellow flag at the goal.
 */
final class MountainCarDrawing extends Drawing {
    private static final double MIN_POSITION = -1.2;
    private static final double MAX_POSITION = 0.6;
    private static final double SCALE = 600 / (MAX_POSITION - MIN_POSITION);
    private static final double CAR_WIDTH = 40;
    private static final double CAR_HEIGHT = 20;
    private static final double CLEARANCE = 10;
    private final double goal;

    MountainCarDrawing(double goal) {
        super(600, 400, 30);
        this.goal = goal;
    }

    private static double height(double x) {
        return Math.sin(3 * x) * 0.45 + 0.55;
    }

    @Override
    public void draw(Graphics2D g, double[] state, double[] action) {
        g.setColor(Color.BLACK);
        Path2D track = new Path2D.Double();
        for (int i = 0; i < 100; i++) {
            double x = MIN_POSITION + (MAX_POSITION - MIN_POSITION) * i / 99;
            if (i == 0) {
                track.moveTo((x - MIN_POSITION) * SCALE, height(x) * SCALE);
            } else {
                track.lineTo((x - MIN_POSITION) * SCALE, height(x) * SCALE);
            }
        }
        g.draw(track);
        double pos = state[0];
        double tilt = Math.cos(3 * pos);
        double x = (pos - MIN_POSITION) * SCALE;
        double y = CLEARANCE + height(pos) * SCALE;
        g.fill(CartPoleDrawing.rotatedBox(-CAR_WIDTH / 2, CAR_WIDTH / 2, 0, CAR_HEIGHT, tilt, x, y));
        g.setColor(new Color(128, 128, 128));
        double r = (int) (CAR_HEIGHT / 2.5);
        for (double dx : new double[] {CAR_WIDTH / 4, -CAR_WIDTH / 4}) {
            int wx = (int) (dx * Math.cos(tilt) + x);
            int wy = (int) (dx * Math.sin(tilt) + y);
            g.fill(new Ellipse2D.Double(wx - r, wy - r, 2 * r, 2 * r));
        }
        int flagX = (int) ((goal - MIN_POSITION) * SCALE);
        int flagY1 = (int) (height(goal) * SCALE);
        int flagY2 = flagY1 + 50;
        g.setColor(Color.BLACK);
        g.draw(new Line2D.Double(flagX, flagY1, flagX, flagY2));
        g.setColor(new Color(204, 204, 0));
        g.fillPolygon(new int[] {flagX, flagX, flagX + 25}, new int[] {flagY2, flagY2 - 10, flagY2 - 5}, 3);
    }
}
