package dev.neuroevo.render;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;

/**
 * Gymnasium's Pendulum frame: 500 x 500, a red rod about a black axle, and an arrow round the axle
 * whose size is the torque just applied (Gymnasium scales a picture of a curved arrow; this draws one).
 */
final class PendulumDrawing extends Drawing {
    private static final int SIZE = 500;
    private static final double SCALE = SIZE / (2 * 2.2);
    private static final int OFFSET = SIZE / 2;
    private static final Color ROD = new Color(204, 77, 77);

    PendulumDrawing() {
        super(SIZE, SIZE, 30);
    }

    @Override
    public void draw(Graphics2D g, double[] state, double[] action) {
        double length = SCALE;
        double width = 0.2 * SCALE;
        double angle = state[0] + Math.PI / 2;
        g.setColor(ROD);
        g.fill(CartPoleDrawing.rotatedBox(0, length, -width / 2, width / 2, angle, OFFSET, OFFSET));
        double r = (int) (width / 2);
        g.fill(new Ellipse2D.Double(OFFSET - r, OFFSET - r, 2 * r, 2 * r));
        int endX = (int) (length * Math.cos(angle) + OFFSET);
        int endY = (int) (length * Math.sin(angle) + OFFSET);
        g.fill(new Ellipse2D.Double(endX - r, endY - r, 2 * r, 2 * r));
        if (action != null && action[0] != 0) {
            torqueArrow(g, action[0]);
        }
        g.setColor(Color.BLACK);
        double axle = (int) (0.05 * SCALE);
        g.fill(new Ellipse2D.Double(OFFSET - axle, OFFSET - axle, 2 * axle, 2 * axle));
    }

    /** Three quarters of a circle round the axle (y up), its head pointing the way the torque turns. */
    private static void torqueArrow(Graphics2D g, double torque) {
        double radius = SCALE * Math.abs(torque) / 4;
        double sign = Math.signum(torque);
        Path2D arc = new Path2D.Double();
        double end = 0;
        for (int i = 0; i <= 24; i++) {
            end = -sign * Math.PI / 4 + sign * 1.5 * Math.PI * i / 24;
            double x = OFFSET + radius * Math.cos(end);
            double y = OFFSET + radius * Math.sin(end);
            if (i == 0) {
                arc.moveTo(x, y);
            } else {
                arc.lineTo(x, y);
            }
        }
        g.setColor(Color.BLACK);
        g.setStroke(new BasicStroke((float) Math.max(1, radius / 8)));
        g.draw(arc);
        g.setStroke(new BasicStroke());
        double tipX = OFFSET + radius * Math.cos(end);
        double tipY = OFFSET + radius * Math.sin(end);
        double tx = -Math.sin(end) * sign;
        double ty = Math.cos(end) * sign;
        double head = Math.max(4, radius / 3);
        Path2D arrow = new Path2D.Double();
        arrow.moveTo(tipX + tx * head, tipY + ty * head);
        arrow.lineTo(tipX - ty * head / 2, tipY + tx * head / 2);
        arrow.lineTo(tipX + ty * head / 2, tipY - tx * head / 2);
        arrow.closePath();
        g.fill(arrow);
    }
}
