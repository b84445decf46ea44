package dev.neuroevo.task.box2d;

/**
 * Gymnasium's scripted lander, {@code heuristic(env, s)} in {@code lunar_lander.py}: steer the angle
 * toward the pad, hold a height proportional to the horizontal offset, and once a leg touches only
 * brake the fall.
 */
final class LunarLanderHeuristic {
    private LunarLanderHeuristic() {
    }

    /** The discrete action: 0 nothing, 1 left engine, 2 main engine, 3 right engine. */
    static int discrete(double[] s) {
        double angleTodo = angleTodo(s);
        double hoverTodo = hoverTodo(s);
        if (hoverTodo > Math.abs(angleTodo) && hoverTodo > 0.05) {
            return 2;
        }
        if (angleTodo < -0.05) {
            return 3;
        }
        if (angleTodo > 0.05) {
            return 1;
        }
        return 0;
    }

    /** The continuous action [main, lateral], clipped to [-1, 1]. */
    static void continuous(double[] s, double[] action) {
        action[0] = Math.max(-1, Math.min(1, hoverTodo(s) * 20 - 1));
        action[1] = Math.max(-1, Math.min(1, -angleTodo(s) * 20));
    }

    private static boolean legDown(double[] s) {
        return s[6] != 0 || s[7] != 0;
    }

    private static double angleTodo(double[] s) {
        if (legDown(s)) {
            return 0;
        }
        double angleTarget = Math.max(-0.4, Math.min(0.4, s[0] * 0.5 + s[2] * 1.0));
        return (angleTarget - s[4]) * 0.5 - s[5] * 1.0;
    }

    private static double hoverTodo(double[] s) {
        if (legDown(s)) {
            return -s[3] * 0.5;
        }
        double hoverTarget = 0.55 * Math.abs(s[0]);
        return (hoverTarget - s[1]) * 0.5 - s[3] * 0.5;
    }
}
