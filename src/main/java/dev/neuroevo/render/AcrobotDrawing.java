package dev.neuroevo.render;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;

/** Gymnasium's Acrobot frame: 500 x 500, two cyan links hanging from the centre, yellow joints, a black bar. */
final class AcrobotDrawing extends Drawing {
    private static final int SIZE = 500;
    private static final double SCALE = SIZE / (2 * 2.2);
    private static final double OFFSET = SIZE / 2.0;

    AcrobotDrawing() {
        super(SIZE, SIZE, 15);
    }

    @Override
    public void draw(Graphics2D g, double[] s, double[] action) {
        g.setColor(Color.BLACK);
        g.draw(new Line2D.Double(-2.2 * SCALE + OFFSET, SCALE + OFFSET, 2.2 * SCALE + OFFSET, SCALE + OFFSET));
        // Gymnasium swaps the joint's coordinates: the first link hangs down at theta1 = 0.
        double[][] joints = {{0, 0}, {Math.sin(s[0]) * SCALE, -Math.cos(s[0]) * SCALE}};
        double[] angles = {s[0] - Math.PI / 2, s[0] + s[1] - Math.PI / 2};
        double r = (int) (0.1 * SCALE);
        for (int i = 0; i < 2; i++) {
            double x = joints[i][0] + OFFSET;
            double y = joints[i][1] + OFFSET;
            g.setColor(new Color(0, 204, 204));
            g.fill(CartPoleDrawing.rotatedBox(0, SCALE, -0.1 * SCALE, 0.1 * SCALE, angles[i], x, y));
            g.setColor(new Color(204, 204, 0));
            g.fill(new Ellipse2D.Double((int) x - r, (int) y - r, 2 * r, 2 * r));
        }
    }
}
