package dev.neuroevo.render;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;

/**
 * Gymnasium's LunarLander frame: 600 x 400 at 30 pixels a metre, a black sky above the terrain
 * (the ground left white), a purple lander and legs outlined in dark blue, and the helipad's two
 * yellow flags on white poles. The engines' flame particles are left out.
 *
 * <p>Reads {@code LunarLander.state()}: 11 terrain heights, then x, y, angle (and velocities) of the
 * lander and of each leg, six numbers a body.
 */
final class LunarLanderDrawing extends Drawing {
    private static final double SCALE = 30;
    private static final int CHUNKS = 11;
    private static final double W = 600 / SCALE;
    private static final double H = 400 / SCALE;
    private static final double HELIPAD_Y = H / 4;
    private static final int BODIES = CHUNKS;
    private static final double[][] LANDER = {{-14, 17}, {-17, 0}, {-17, -10}, {17, -10}, {17, 0}, {14, 17}};
    private static final double[][] LEG = {{-2, -8}, {2, -8}, {2, 8}, {-2, 8}};
    private static final Color FILL = new Color(128, 102, 230);
    private static final Color OUTLINE = new Color(77, 77, 128);

    LunarLanderDrawing() {
        super(600, 400, 50);
    }

    @Override
    public Color ink() {
        return Color.WHITE;
    }

    @Override
    public void draw(Graphics2D g, double[] s, double[] action) {
        g.setColor(Color.BLACK);
        for (int i = 0; i < CHUNKS - 1; i++) {
            double x1 = W / (CHUNKS - 1) * i * SCALE;
            double x2 = W / (CHUNKS - 1) * (i + 1) * SCALE;
            Path2D sky = new Path2D.Double();
            sky.moveTo(x1, s[i] * SCALE);
            sky.lineTo(x2, s[i + 1] * SCALE);
            sky.lineTo(x2, H * SCALE);
            sky.lineTo(x1, H * SCALE);
            sky.closePath();
            g.fill(sky);
        }
        body(g, LANDER, s, BODIES);
        body(g, LEG, s, BODIES + 6);
        body(g, LEG, s, BODIES + 12);
        for (int chunk : new int[] {CHUNKS / 2 - 1, CHUNKS / 2 + 1}) {
            double x = W / (CHUNKS - 1) * chunk * SCALE;
            double y1 = HELIPAD_Y * SCALE;
            double y2 = y1 + 50;
            g.setColor(Color.WHITE);
            g.draw(new Line2D.Double(x, y1, x, y2));
            g.setColor(new Color(204, 204, 0));
            Path2D flag = new Path2D.Double();
            flag.moveTo(x, y2);
            flag.lineTo(x, y2 - 10);
            flag.lineTo(x + 25, y2 - 5);
            flag.closePath();
            g.fill(flag);
        }
    }

    /** A polygon given in pixels about its body's origin, placed at the body's position and angle. */
    private static void body(Graphics2D g, double[][] vertices, double[] s, int at) {
        double c = Math.cos(s[at + 2]);
        double sin = Math.sin(s[at + 2]);
        Path2D path = new Path2D.Double();
        for (int i = 0; i < vertices.length; i++) {
            double x = (vertices[i][0] * c - vertices[i][1] * sin) + s[at] * SCALE;
            double y = (vertices[i][0] * sin + vertices[i][1] * c) + s[at + 1] * SCALE;
            if (i == 0) {
                path.moveTo(x, y);
            } else {
                path.lineTo(x, y);
            }
        }
        path.closePath();
        g.setColor(FILL);
        g.fill(path);
        g.setColor(OUTLINE);
        g.draw(path);
    }
}
