package dev.neuroevo.render;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;

/** Gymnasium's CartPole frame: 600 x 400, a black cart on a line, a tan pole, a blue axle. */
final class CartPoleDrawing extends Drawing {
    private static final double SCALE = 600 / (2 * 2.4);
    private static final double POLE_WIDTH = 10;
    private static final double POLE_LENGTH = SCALE * (2 * 0.5);
    private static final double CART_WIDTH = 50;
    private static final double CART_HEIGHT = 30;
    private static final double CART_TOP = 100;
    private static final double AXLE_OFFSET = CART_HEIGHT / 4;

    CartPoleDrawing() {
        super(600, 400, 50);
    }

    @Override
    public void draw(Graphics2D g, double[] state, double[] action) {
        double cartX = state[0] * SCALE + width() / 2.0;
        g.setColor(Color.BLACK);
        g.fill(new Rectangle2D.Double(cartX - CART_WIDTH / 2, CART_TOP - CART_HEIGHT / 2, CART_WIDTH, CART_HEIGHT));
        g.setColor(new Color(202, 152, 101));
        g.fill(rotatedBox(-POLE_WIDTH / 2, POLE_WIDTH / 2, -POLE_WIDTH / 2, POLE_LENGTH - POLE_WIDTH / 2, -state[2],
                cartX, CART_TOP + AXLE_OFFSET));
        g.setColor(new Color(129, 132, 203));
        double r = (int) (POLE_WIDTH / 2);
        g.fill(new Ellipse2D.Double((int) cartX - r, (int) (CART_TOP + AXLE_OFFSET) - r, 2 * r, 2 * r));
        g.setColor(Color.BLACK);
        g.draw(new Line2D.Double(0, CART_TOP, width(), CART_TOP));
    }

    /** The box [left, right] x [bottom, top] turned by {@code angle} about the origin, then moved to (x, y). */
    static Path2D rotatedBox(double left, double right, double bottom, double top, double angle, double x, double y) {
        double[][] corners = {{left, bottom}, {left, top}, {right, top}, {right, bottom}};
        double c = Math.cos(angle);
        double s = Math.sin(angle);
        Path2D path = new Path2D.Double();
        for (int i = 0; i < corners.length; i++) {
            double px = corners[i][0] * c - corners[i][1] * s + x;
            double py = corners[i][0] * s + corners[i][1] * c + y;
            if (i == 0) {
                path.moveTo(px, py);
            } else {
                path.lineTo(px, py);
            }
        }
        path.closePath();
        return path;
    }
}
