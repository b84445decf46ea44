package dev.neuroevo.task.box2d;

import dev.neuroevo.task.control.ActionSpace;
import dev.neuroevo.task.control.EnvSpec;
import dev.neuroevo.task.control.TimeLimitedEnvironment;
import org.jbox2d.callbacks.ContactImpulse;
import org.jbox2d.callbacks.ContactListener;
import org.jbox2d.collision.Manifold;
import org.jbox2d.collision.shapes.EdgeShape;
import org.jbox2d.collision.shapes.MassData;
import org.jbox2d.collision.shapes.PolygonShape;
import org.jbox2d.collision.shapes.Shape;
import org.jbox2d.common.Settings;
import org.jbox2d.common.Vec2;
import org.jbox2d.dynamics.Body;
import org.jbox2d.dynamics.BodyDef;
import org.jbox2d.dynamics.BodyType;
import org.jbox2d.dynamics.FixtureDef;
import org.jbox2d.dynamics.World;
import org.jbox2d.dynamics.contacts.Contact;
import org.jbox2d.dynamics.joints.RevoluteJointDef;

/**
 * LunarLander-v3 and LunarLanderContinuous-v3 as Gymnasium 1.x defines them in
 * {@code gymnasium/envs/box2d/lunar_lander.py} (Oleg Klimov's environment), without wind, on
 * jbox2d 2.2.1.1 in place of pybox2d's Box2D 2.3.
 *
 * <p>Same constants, terrain, bodies, joints, engine impulses with dispersion, contact rules,
 * reward shaping and termination, in the same order of random draws from numpy's generator: 12
 * terrain heights and the initial force in reset, two dispersion draws in every step (the reset
 * takes one step with no engine, as Gymnasium's does, and that step is not counted). So the terrain
 * and the initial push equal Gymnasium's for every seed, bit for bit. As in Gymnasium since its
 * numpy 2 change, continuous actions, engine powers and their fuel cost are float64; the
 * observation bounds are v3's. Two jbox2d defects are fixed as
 * DESIGN.md asks: its sine table is switched off and polygon inertia is recomputed with Box2D
 * 2.3's formula. Like pybox2d, the legs' joints take the legs' initial angle as reference angle.
 *
 * <p>Gymnasium's flame particles are left out: it creates them only when rendering, and even then
 * they collide only with the ground (mask 0x001), never with the lander or legs, and sit in islands
 * of their own, so they cannot change the lander's motion, contacts or sleep.
 *
 * <p>As in Gymnasium, one Box2D world serves every episode: a reset destroys the bodies and makes
 * new ones (a new jbox2d world allocates about 0.8 MB). Destroyed in list order, the bodies leave
 * the broad phase handing out the proxy ids of a fresh world, so an episode depends on its seed
 * alone, not on what the environment ran before; a test holds this.
 */
public final class LunarLander extends TimeLimitedEnvironment {
    static {
        // jbox2d's sine table is off by about 5e-5; Box2D calls sinf/cosf.
        Settings.SINCOS_LUT_ENABLED = false;
    }

    private static final int FPS = 50;
    private static final double SCALE = 30.0;
    private static final double MAIN_ENGINE_POWER = 13.0;
    private static final double SIDE_ENGINE_POWER = 0.6;
    private static final double INITIAL_RANDOM = 1000.0;
    private static final int[][] LANDER_POLY = {{-14, 17}, {-17, 0}, {-17, -10}, {17, -10}, {17, 0}, {14, 17}};
    private static final int LEG_AWAY = 20;
    private static final int LEG_DOWN = 18;
    private static final int LEG_W = 2;
    private static final int LEG_H = 8;
    private static final float LEG_SPRING_TORQUE = 40;
    private static final int SIDE_ENGINE_HEIGHT = 14;
    private static final int SIDE_ENGINE_AWAY = 12;
    private static final int MAIN_ENGINE_Y_LOCATION = 4;
    private static final int VIEWPORT_W = 600;
    private static final int VIEWPORT_H = 400;
    private static final double W = VIEWPORT_W / SCALE;
    private static final double H = VIEWPORT_H / SCALE;
    private static final int CHUNKS = 11;
    private static final double HELIPAD_Y = H / 4;
    private static final float GRAVITY = -10f;
    private static final float TIME_STEP = (float) (1.0 / FPS);
    private static final int VELOCITY_ITERATIONS = 6 * 30;
    private static final int POSITION_ITERATIONS = 2 * 30;

    /** {@link #state()}: terrain heights, then x, y, angle, vx, vy, omega of lander and both legs, then flags. */
    private static final int BODY_STATE = CHUNKS;
    private static final int FLAGS_STATE = BODY_STATE + 3 * 6;
    private static final int STATE_SIZE = FLAGS_STATE + 4;

    private final boolean continuous;
    private final World world = new World(new Vec2(0f, GRAVITY));
    private final ContactListener contacts = new GroundContacts();
    private final double[] height = new double[CHUNKS + 1];
    private final double[] terrain = new double[CHUNKS];
    private final double[] raw = new double[8];
    private final Body[] legs = new Body[2];
    private final boolean[] legContact = new boolean[2];
    private final Vec2 impulse = new Vec2();
    private final Vec2 point = new Vec2();
    private final Vec2 scratch = new Vec2();
    private final Vec2 initialForce = new Vec2();
    private final BodyDef bodyDef = new BodyDef();
    private final FixtureDef fixtureDef = new FixtureDef();
    private final RevoluteJointDef jointDef = new RevoluteJointDef();
    private final PolygonShape landerShape = new PolygonShape();
    private final PolygonShape legShape = new PolygonShape();
    private final EdgeShape edge = new EdgeShape();
    private final MassData massData = new MassData();
    private Body lander;
    private boolean gameOver;
    private double prevShaping;
    private boolean hasPrevShaping;

    public LunarLander(EnvSpec spec) {
        super(spec, spec.maxEpisodeSteps());
        this.continuous = !spec.actionSpace().isDiscrete();
        Vec2[] vertices = new Vec2[LANDER_POLY.length];
        for (int i = 0; i < vertices.length; i++) {
            vertices[i] = new Vec2((float) (LANDER_POLY[i][0] / SCALE), (float) (LANDER_POLY[i][1] / SCALE));
        }
        landerShape.set(vertices, vertices.length);
        legShape.setAsBox((float) (LEG_W / SCALE), (float) (LEG_H / SCALE));
    }

    /**
     * Gymnasium's registration: v3's observation bounds as float32 (position 2.5, velocities 10,
     * angle 2 pi), Discrete(4) or Box(-1, 1, (2,)). The registry finds this method by name.
     */
    public static EnvSpec spec(String id, boolean continuous, int maxSteps, double threshold) {
        float twoPi = (float) (2 * Math.PI);
        double[] low = {-2.5, -2.5, -10, -10, -twoPi, -10, -0.0, -0.0};
        double[] high = {2.5, 2.5, 10, 10, twoPi, 10, 1, 1};
        ActionSpace actions = continuous
                ? ActionSpace.box(new double[] {-1, -1}, new double[] {1, 1})
                : ActionSpace.discrete(4);
        return new EnvSpec(id, 8, low, high, actions, maxSteps, threshold);
    }

    @Override
    protected void resetState() {
        for (int i = 0; i <= CHUNKS; i++) {
            height[i] = rng.uniform(0, H / 2);
        }
        for (int i = CHUNKS / 2 - 2; i <= CHUNKS / 2 + 2; i++) {
            height[i] = HELIPAD_Y;
        }
        // Python's height[i - 1] at i = 0 is the last element.
        for (int i = 0; i < CHUNKS; i++) {
            terrain[i] = 0.33 * (height[i == 0 ? CHUNKS : i - 1] + height[i] + height[i + 1]);
        }
        buildWorld();
        float x = (float) (VIEWPORT_W / SCALE / 2);
        float y = (float) (VIEWPORT_H / SCALE);
        lander = landerBody(x, y, 0f);
        scratch.set((float) rng.uniform(-INITIAL_RANDOM, INITIAL_RANDOM),
                (float) rng.uniform(-INITIAL_RANDOM, INITIAL_RANDOM));
        initialForce.set(scratch);
        lander.applyForceToCenter(scratch);
        for (int leg = 0; leg < 2; leg++) {
            int i = 2 * leg - 1;
            legs[leg] = legBody(leg, (float) (VIEWPORT_W / SCALE / 2 - i * LEG_AWAY / SCALE), y, (float) (i * 0.05));
        }
        gameOver = false;
        legContact[0] = false;
        legContact[1] = false;
        hasPrevShaping = false;
        fire(0, 0, 0);
        reward = 0;
        terminated = false;
    }

    @Override
    protected void advance(int action) {
        if (continuous) {
            throw new UnsupportedOperationException(spec.id() + " takes continuous actions");
        }
        if (action < 0 || action > 3) {
            throw new IllegalArgumentException(action + " is not an action of " + spec.id());
        }
        boolean side = action == 1 || action == 3;
        fire(action == 2 ? 1 : 0, side ? action - 2 : 0, side ? 1 : 0);
    }

    /** Main throttle 50..100% when a[0] > 0; the left (a[1] < -0.5) or right (a[1] > 0.5) booster at |a[1]|. */
    @Override
    protected void advance(double[] action) {
        if (!continuous) {
            throw new UnsupportedOperationException(spec.id() + " takes discrete actions");
        }
        // np.clip(action, -1, +1).astype(np.float64): since Gymnasium's numpy 2 change the powers
        // and their fuel cost are float64 arithmetic.
        double main = Math.max(-1.0, Math.min(1.0, action[0]));
        double lateral = Math.max(-1.0, Math.min(1.0, action[1]));
        double mainPower = main > 0 ? (main + 1.0) * 0.5 : 0;
        double sidePower = Math.abs(lateral) > 0.5 ? Math.abs(lateral) : 0;
        fire(mainPower, lateral > 0 ? 1 : -1, sidePower);
    }

    /** Gymnasium's step: dispersion draws, engine impulses, one world step, observation and reward. */
    private void fire(double mainPower, int direction, double sidePower) {
        double angle = lander.getAngle();
        double tip0 = Math.sin(angle);
        double tip1 = Math.cos(angle);
        double side0 = -tip1;
        double side1 = tip0;
        double d0 = rng.uniform(-1.0, 1.0) / SCALE;
        double d1 = rng.uniform(-1.0, 1.0) / SCALE;
        Vec2 pos = lander.getPosition();
        if (mainPower > 0) {
            double ox = tip0 * (MAIN_ENGINE_Y_LOCATION / SCALE + 2 * d0) + side0 * d1;
            double oy = -tip1 * (MAIN_ENGINE_Y_LOCATION / SCALE + 2 * d0) - side1 * d1;
            point.set((float) (pos.x + ox), (float) (pos.y + oy));
            impulse.set((float) (-ox * MAIN_ENGINE_POWER * mainPower), (float) (-oy * MAIN_ENGINE_POWER * mainPower));
            lander.applyLinearImpulse(impulse, point);
        }
        if (sidePower > 0) {
            double away = 3 * d1 + direction * SIDE_ENGINE_AWAY / SCALE;
            double ox = tip0 * d0 + side0 * away;
            double oy = -tip1 * d0 - side1 * away;
            // Gymnasium offsets by 17 across but SIDE_ENGINE_HEIGHT up; kept as it is.
            point.set((float) (pos.x + ox - tip0 * 17 / SCALE), (float) (pos.y + oy + tip1 * SIDE_ENGINE_HEIGHT / SCALE));
            impulse.set((float) (-ox * SIDE_ENGINE_POWER * sidePower), (float) (-oy * SIDE_ENGINE_POWER * sidePower));
            lander.applyLinearImpulse(impulse, point);
        }
        world.step(TIME_STEP, VELOCITY_ITERATIONS, POSITION_ITERATIONS);

        observe();
        double shaping = -100 * Math.sqrt(raw[0] * raw[0] + raw[1] * raw[1])
                - 100 * Math.sqrt(raw[2] * raw[2] + raw[3] * raw[3])
                - 100 * Math.abs(raw[4]) + 10 * raw[6] + 10 * raw[7];
        double r = hasPrevShaping ? shaping - prevShaping : 0;
        prevShaping = shaping;
        hasPrevShaping = true;
        r -= mainPower * 0.30;
        r -= sidePower * 0.03;
        if (gameOver || Math.abs(raw[0]) >= 1.0) {
            terminated = true;
            r = -100;
        }
        if (!lander.isAwake()) {
            terminated = true;
            r = 100;
        }
        reward = r;
    }

    private void observe() {
        Vec2 pos = lander.getPosition();
        Vec2 vel = lander.getLinearVelocity();
        raw[0] = (pos.x - VIEWPORT_W / SCALE / 2) / (VIEWPORT_W / SCALE / 2);
        raw[1] = (pos.y - (HELIPAD_Y + LEG_DOWN / SCALE)) / (VIEWPORT_H / SCALE / 2);
        raw[2] = vel.x * (VIEWPORT_W / SCALE / 2) / FPS;
        raw[3] = vel.y * (VIEWPORT_H / SCALE / 2) / FPS;
        raw[4] = lander.getAngle();
        raw[5] = 20.0 * lander.getAngularVelocity() / FPS;
        raw[6] = legContact[0] ? 1.0 : 0.0;
        raw[7] = legContact[1] ? 1.0 : 0.0;
        for (int i = 0; i < 8; i++) {
            obs[i] = f32(raw[i]);
        }
    }

    /** Empties the world and makes the moon: the ground line, then one edge per terrain chunk. */
    private void buildWorld() {
        // Gymnasium's _destroy: the contact listener must not hear the old contacts end.
        world.setContactListener(null);
        for (Body b = world.getBodyList(); b != null; ) {
            Body next = b.getNext();
            world.destroyBody(b);
            b = next;
        }
        world.setContactListener(contacts);
        bodyDef.type = BodyType.STATIC;
        bodyDef.position.setZero();
        bodyDef.angle = 0f;
        Body moon = world.createBody(bodyDef);
        edge.set(scratch.set(0f, 0f), point.set((float) W, 0f));
        fixture(edge, 0f, 0.2f, 0x0001, 0xFFFF);
        moon.createFixture(fixtureDef);
        for (int i = 0; i < CHUNKS - 1; i++) {
            scratch.set((float) (W / (CHUNKS - 1) * i), (float) terrain[i]);
            point.set((float) (W / (CHUNKS - 1) * (i + 1)), (float) terrain[i + 1]);
            edge.set(scratch, point);
            fixture(edge, 0f, 0.1f, 0x0001, 0xFFFF);
            moon.createFixture(fixtureDef);
        }
    }

    private Body landerBody(float x, float y, float angle) {
        Body body = dynamicBody(x, y, angle);
        fixture(landerShape, 5f, 0.1f, 0x0010, 0x001);
        body.createFixture(fixtureDef);
        setPolygonMass(body, landerShape, 5f);
        return body;
    }

    /** Leg {@code leg} (0 for Gymnasium's i = -1, 1 for i = +1) and its spring-motor joint to the lander. */
    private Body legBody(int leg, float x, float y, float angle) {
        int i = 2 * leg - 1;
        Body body = dynamicBody(x, y, angle);
        fixture(legShape, 1f, 0.2f, 0x0020, 0x001);
        body.createFixture(fixtureDef);
        setPolygonMass(body, legShape, 1f);
        jointDef.bodyA = lander;
        jointDef.bodyB = body;
        jointDef.localAnchorA.setZero();
        jointDef.localAnchorB.set((float) (i * LEG_AWAY / SCALE), (float) (LEG_DOWN / SCALE));
        // pybox2d sets referenceAngle = bodyB.angle - bodyA.angle at creation: the leg's 0.05 tilt.
        jointDef.referenceAngle = (float) (i * 0.05);
        jointDef.enableMotor = true;
        jointDef.enableLimit = true;
        jointDef.maxMotorTorque = LEG_SPRING_TORQUE;
        jointDef.motorSpeed = (float) (0.3 * i);
        jointDef.lowerAngle = (float) (i == -1 ? 0.9 - 0.5 : -0.9);
        jointDef.upperAngle = (float) (i == -1 ? 0.9 : -0.9 + 0.5);
        world.createJoint(jointDef);
        return body;
    }

    private Body dynamicBody(float x, float y, float angle) {
        bodyDef.type = BodyType.DYNAMIC;
        bodyDef.position.set(x, y);
        bodyDef.angle = angle;
        return world.createBody(bodyDef);
    }

    private void fixture(Shape shape, float density, float friction, int category, int mask) {
        fixtureDef.shape = shape;
        fixtureDef.density = density;
        fixtureDef.friction = friction;
        fixtureDef.restitution = 0f;
        fixtureDef.filter.categoryBits = category;
        fixtureDef.filter.maskBits = mask;
    }

    /**
     * Box2D 2.3's b2PolygonShape::ComputeMass, whose inertia jbox2d gets wrong (it omits
     * {@code - dot(center, center)}), then what b2Body::ResetMassData makes of it for one fixture.
     */
    private void setPolygonMass(Body body, PolygonShape shape, float density) {
        int n = shape.getVertexCount();
        Vec2[] v = shape.getVertices();
        float sx = 0f;
        float sy = 0f;
        for (int i = 0; i < n; i++) {
            sx += v[i].x;
            sy += v[i].y;
        }
        sx *= 1.0f / n;
        sy *= 1.0f / n;
        final float inv3 = 1.0f / 3.0f;
        float area = 0f;
        float cx = 0f;
        float cy = 0f;
        float inertia = 0f;
        for (int i = 0; i < n; i++) {
            Vec2 p2 = i + 1 < n ? v[i + 1] : v[0];
            float e1x = v[i].x - sx;
            float e1y = v[i].y - sy;
            float e2x = p2.x - sx;
            float e2y = p2.y - sy;
            float d = e1x * e2y - e1y * e2x;
            float triangleArea = 0.5f * d;
            area += triangleArea;
            cx += triangleArea * inv3 * (e1x + e2x);
            cy += triangleArea * inv3 * (e1y + e2y);
            float intx2 = e1x * e1x + e2x * e1x + e2x * e2x;
            float inty2 = e1y * e1y + e2y * e1y + e2y * e2y;
            inertia += (0.25f * inv3 * d) * (intx2 + inty2);
        }
        float mass = density * area;
        cx *= 1.0f / area;
        cy *= 1.0f / area;
        float centerX = cx + sx;
        float centerY = cy + sy;
        float fixtureInertia = density * inertia + mass * ((centerX * centerX + centerY * centerY) - (cx * cx + cy * cy));
        float invMass = 1.0f / mass;
        massData.mass = mass;
        massData.center.set(centerX * mass * invMass, centerY * mass * invMass);
        massData.I = fixtureInertia;
        body.setMassData(massData);
    }

    /** The force pushed on the lander at the last reset, float32 as Box2D takes it. */
    double[] initialForce() {
        return new double[] {initialForce.x, initialForce.y};
    }

    /** The lander body's rotational inertia about its centre of mass, as the solver uses it. */
    double landerInertia() {
        return lander.m_I;
    }

    /**
     * Terrain heights (11), then x, y, angle, vx, vy, angular velocity of the lander and of both legs,
     * then the two leg contacts, game over (as 0/1) and the previous shaping value.
     */
    @Override
    public double[] state() {
        double[] s = new double[STATE_SIZE];
        System.arraycopy(terrain, 0, s, 0, CHUNKS);
        putBody(s, BODY_STATE, lander);
        putBody(s, BODY_STATE + 6, legs[0]);
        putBody(s, BODY_STATE + 12, legs[1]);
        s[FLAGS_STATE] = legContact[0] ? 1 : 0;
        s[FLAGS_STATE + 1] = legContact[1] ? 1 : 0;
        s[FLAGS_STATE + 2] = gameOver ? 1 : 0;
        s[FLAGS_STATE + 3] = hasPrevShaping ? prevShaping : Double.NaN;
        return s;
    }

    /**
     * Rebuilds the world with the given terrain and bodies. Box2D's contacts, warm-start impulses
     * and sleep timers are not part of the state: they start afresh, as after a teleport.
     */
    @Override
    public void setState(double[] s) {
        if (s.length != STATE_SIZE) {
            throw new IllegalArgumentException("a LunarLander state has " + STATE_SIZE + " values, not " + s.length);
        }
        System.arraycopy(s, 0, terrain, 0, CHUNKS);
        buildWorld();
        lander = landerBody((float) s[BODY_STATE], (float) s[BODY_STATE + 1], (float) s[BODY_STATE + 2]);
        setVelocity(lander, s, BODY_STATE);
        for (int leg = 0; leg < 2; leg++) {
            int o = BODY_STATE + 6 * (leg + 1);
            legs[leg] = legBody(leg, (float) s[o], (float) s[o + 1], (float) s[o + 2]);
            setVelocity(legs[leg], s, o);
        }
        legContact[0] = s[FLAGS_STATE] != 0;
        legContact[1] = s[FLAGS_STATE + 1] != 0;
        gameOver = s[FLAGS_STATE + 2] != 0;
        hasPrevShaping = !Double.isNaN(s[FLAGS_STATE + 3]);
        prevShaping = hasPrevShaping ? s[FLAGS_STATE + 3] : 0;
        observe();
    }

    private static void putBody(double[] s, int o, Body b) {
        s[o] = b.getPosition().x;
        s[o + 1] = b.getPosition().y;
        s[o + 2] = b.getAngle();
        s[o + 3] = b.getLinearVelocity().x;
        s[o + 4] = b.getLinearVelocity().y;
        s[o + 5] = b.getAngularVelocity();
    }

    private void setVelocity(Body b, double[] s, int o) {
        b.setLinearVelocity(scratch.set((float) s[o + 3], (float) s[o + 4]));
        b.setAngularVelocity((float) s[o + 5]);
    }

    /** Gymnasium's ContactDetector: the lander touching anything ends the game; legs report ground contact. */
    private final class GroundContacts implements ContactListener {
        @Override
        public void beginContact(Contact contact) {
            Body a = contact.getFixtureA().getBody();
            Body b = contact.getFixtureB().getBody();
            if (a == lander || b == lander) {
                gameOver = true;
            }
            for (int i = 0; i < 2; i++) {
                if (legs[i] == a || legs[i] == b) {
                    legContact[i] = true;
                }
            }
        }

        @Override
        public void endContact(Contact contact) {
            Body a = contact.getFixtureA().getBody();
            Body b = contact.getFixtureB().getBody();
            for (int i = 0; i < 2; i++) {
                if (legs[i] == a || legs[i] == b) {
                    legContact[i] = false;
                }
            }
        }

        @Override
        public void preSolve(Contact contact, Manifold oldManifold) {
        }

        @Override
        public void postSolve(Contact contact, ContactImpulse impulse) {
        }
    }
}
