"""Reference transitions of Gymnasium 1.4.0's classic-control environments, for the Java tests.

Each environment's step is written out from Gymnasium 1.4.0's published equations
(gymnasium/envs/classic_control/{cartpole,mountain_car,continuous_mountain_car,acrobot,pendulum}.py)
keeping its operation order and its numpy scalar types: under NumPy 2 (NEP 50) an operation between
a float32 scalar and a Python float stays float32, with the Python float rounded to float32 first,
and so do comparisons. Time limits follow Gymnasium's TimeLimit wrapper (truncated once the step
count reaches the limit). Continuous actions are float32, as Gymnasium's Box action spaces hold them.

Start states and actions are chosen so that every branch is taken: each clip, each termination
side, the limit truncation, and (CartPole) steps taken after termination.

Regenerate the fixtures (needs Python 3 and NumPy >= 2; nothing else), from the repository root:

    python3 src/test/python/classic_control_reference.py

With `--check` it then replays every fixture through Gymnasium itself, if it can be imported
(e.g. PYTHONPATH pointing at a Gymnasium 1.4.0 source tree), and counts the transitions whose state,
observation, reward and flags are not bit-identical; in Gymnasium each episode starts from the
fixture's first state and then runs freely.

It writes one CSV per environment under src/test/resources/reference/. Columns: episode, step (the
step count after this transition), before_* (state set with setState), action_*, after_* (state after
the step), obs_* (float32 observation, as float64), reward, terminated, truncated. Floats are written
with repr, so they round-trip exactly.
"""

import csv
import math
import os
import sys

import numpy as np

assert int(np.__version__.split(".")[0]) >= 2, "the float32 rules here are NumPy 2's (NEP 50)"

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "resources", "reference")


class CartPole:
    id = "CartPole-v1"
    limit = 500
    state_names = ["x", "x_dot", "theta", "theta_dot"]
    action_names = ["action"]

    gravity = 9.8
    masscart = 1.0
    masspole = 0.1
    total_mass = masspole + masscart
    length = 0.5
    polemass_length = masspole * length
    force_mag = 10.0
    tau = 0.02
    theta_threshold = 12 * 2 * math.pi / 360
    x_threshold = 2.4

    def begin(self, state):
        self.state = np.array(state, dtype=np.float64)
        self.beyond_terminated = None

    def step(self, action):
        x, x_dot, theta, theta_dot = self.state
        force = self.force_mag if action == 1 else -self.force_mag
        costheta = np.cos(theta)
        sintheta = np.sin(theta)
        temp = (force + self.polemass_length * np.square(theta_dot) * sintheta) / self.total_mass
        thetaacc = (self.gravity * sintheta - costheta * temp) / (
            self.length * (4.0 / 3.0 - self.masspole * np.square(costheta) / self.total_mass)
        )
        xacc = temp - self.polemass_length * thetaacc * costheta / self.total_mass
        x = x + self.tau * x_dot
        x_dot = x_dot + self.tau * xacc
        theta = theta + self.tau * theta_dot
        theta_dot = theta_dot + self.tau * thetaacc
        self.state = np.array((x, x_dot, theta, theta_dot), dtype=np.float64)
        terminated = bool(
            x < -self.x_threshold
            or x > self.x_threshold
            or theta < -self.theta_threshold
            or theta > self.theta_threshold
        )
        if not terminated:
            reward = 1.0
        elif self.beyond_terminated is None:
            self.beyond_terminated = 0
            reward = 1.0
        else:
            self.beyond_terminated += 1
            reward = 0.0
        return np.array(self.state, dtype=np.float32), reward, terminated


class MountainCar:
    id = "MountainCar-v0"
    limit = 200
    state_names = ["position", "velocity"]
    action_names = ["action"]

    min_position = -1.2
    max_position = 0.6
    max_speed = 0.07
    goal_position = 0.5
    goal_velocity = 0
    force = 0.001
    gravity = 0.0025

    def begin(self, state):
        # reset() keeps a float64 array
        self.state = np.array(state, dtype=np.float64)

    def step(self, action):
        position, velocity = self.state
        velocity += (action - 1) * self.force + math.cos(3 * position) * (-self.gravity)
        velocity = np.clip(velocity, -self.max_speed, self.max_speed)
        position += velocity
        position = np.clip(position, self.min_position, self.max_position)
        if position == self.min_position and velocity < 0:
            velocity = 0
        terminated = bool(position >= self.goal_position and velocity >= self.goal_velocity)
        self.state = (position, velocity)
        return np.array(self.state, dtype=np.float32), -1.0, terminated


class MountainCarContinuous:
    id = "MountainCarContinuous-v0"
    limit = 999
    state_names = ["position", "velocity"]
    action_names = ["force"]

    min_action = -1.0
    max_action = 1.0
    min_position = -1.2
    max_position = 0.6
    max_speed = 0.07
    goal_position = 0.45
    goal_velocity = 0
    power = 0.0015

    def begin(self, state):
        # reset() makes a float64 array; a step leaves a float32 one. A start state given as float32
        # values stands for a state reached mid-episode.
        s = np.array(state, dtype=np.float64)
        if np.all(s.astype(np.float32).astype(np.float64) == s):
            s = s.astype(np.float32)
        self.state = s

    def step(self, action):
        action = np.array([action], dtype=np.float32)
        position = self.state[0]
        velocity = self.state[1]
        force = min(max(action[0], self.min_action), self.max_action)
        velocity += force * self.power - 0.0025 * math.cos(3 * position)
        if velocity > self.max_speed:
            velocity = self.max_speed
        if velocity < -self.max_speed:
            velocity = -self.max_speed
        position += velocity
        if position > self.max_position:
            position = self.max_position
        if position < self.min_position:
            position = self.min_position
        if position == self.min_position and velocity < 0:
            velocity = 0
        terminated = bool(position >= self.goal_position and velocity >= self.goal_velocity)
        reward = 0
        if terminated:
            reward = 100.0
        reward -= math.pow(action[0], 2) * 0.1
        self.state = np.array([position, velocity], dtype=np.float32)
        return self.state, reward, terminated


class Acrobot:
    limit = 500
    state_names = ["theta1", "theta2", "dtheta1", "dtheta2"]
    action_names = ["action"]

    dt = 0.2
    l1 = 1.0
    m1 = 1.0
    m2 = 1.0
    lc1 = 0.5
    lc2 = 0.5
    moi = 1.0
    max_vel_1 = 4 * np.pi
    max_vel_2 = 9 * np.pi
    torques = [-1.0, 0.0, +1]

    def __init__(self, dynamics):
        self.dynamics = dynamics
        self.id = "Acrobot-v1" if dynamics == "book" else "Acrobot-v1-nips"

    def begin(self, state):
        self.state = np.array(state, dtype=np.float64)

    def derivatives(self, s_augmented):
        m1, m2, l1, lc1, lc2 = self.m1, self.m2, self.l1, self.lc1, self.lc2
        I1 = I2 = self.moi
        g = 9.8
        a = s_augmented[-1]
        theta1, theta2, dtheta1, dtheta2 = s_augmented[:-1]
        d1 = m1 * lc1**2 + m2 * (l1**2 + lc2**2 + 2 * l1 * lc2 * np.cos(theta2)) + I1 + I2
        d2 = m2 * (lc2**2 + l1 * lc2 * np.cos(theta2)) + I2
        phi2 = m2 * lc2 * g * np.cos(theta1 + theta2 - np.pi / 2.0)
        phi1 = (
            -m2 * l1 * lc2 * dtheta2**2 * np.sin(theta2)
            - 2 * m2 * l1 * lc2 * dtheta2 * dtheta1 * np.sin(theta2)
            + (m1 * lc1 + m2 * l1) * g * np.cos(theta1 - np.pi / 2)
            + phi2
        )
        if self.dynamics == "nips":
            ddtheta2 = (a + d2 / d1 * phi1 - phi2) / (m2 * lc2**2 + I2 - d2**2 / d1)
        else:
            ddtheta2 = (
                a + d2 / d1 * phi1 - m2 * l1 * lc2 * dtheta1**2 * np.sin(theta2) - phi2
            ) / (m2 * lc2**2 + I2 - d2**2 / d1)
        ddtheta1 = -(d2 * ddtheta2 + phi1) / d1
        return dtheta1, dtheta2, ddtheta1, ddtheta2, 0.0

    @staticmethod
    def rk4(derivs, y0, t):
        # one interval of Gymnasium's rk4 (t = [0, dt])
        dt = t[1] - t[0]
        dt2 = dt / 2.0
        y0 = np.asarray(y0, dtype=np.float64)
        k1 = np.asarray(derivs(y0))
        k2 = np.asarray(derivs(y0 + dt2 * k1))
        k3 = np.asarray(derivs(y0 + dt2 * k2))
        k4 = np.asarray(derivs(y0 + dt * k3))
        return (y0 + dt / 6.0 * (k1 + 2 * k2 + 2 * k3 + k4))[:4]

    @staticmethod
    def wrap(x, m, M):
        diff = M - m
        while x > M:
            x = x - diff
        while x < m:
            x = x + diff
        return x

    @staticmethod
    def bound(x, m, M):
        return min(max(x, m), M)

    def step(self, action):
        torque = self.torques[action]
        s_augmented = np.append(self.state, torque)
        ns = self.rk4(self.derivatives, s_augmented, [0, self.dt])
        ns[0] = self.wrap(ns[0], -np.pi, np.pi)
        ns[1] = self.wrap(ns[1], -np.pi, np.pi)
        ns[2] = self.bound(ns[2], -self.max_vel_1, self.max_vel_1)
        ns[3] = self.bound(ns[3], -self.max_vel_2, self.max_vel_2)
        self.state = ns
        s = ns
        terminated = bool(-np.cos(s[0]) - np.cos(s[1] + s[0]) > 1.0)
        reward = -1.0 if not terminated else 0.0
        obs = np.array(
            [np.cos(s[0]), np.sin(s[0]), np.cos(s[1]), np.sin(s[1]), s[2], s[3]], dtype=np.float32
        )
        return obs, reward, terminated


class Pendulum:
    id = "Pendulum-v1"
    limit = 200
    state_names = ["theta", "theta_dot"]
    action_names = ["torque"]

    max_speed = 8
    max_torque = 2.0
    dt = 0.05
    g = 10.0
    m = 1.0
    l = 1.0

    def begin(self, state):
        self.state = np.array(state, dtype=np.float64)

    @staticmethod
    def angle_normalize(x):
        return ((x + np.pi) % (2 * np.pi)) - np.pi

    def step(self, action):
        u = np.array([action], dtype=np.float32)
        th, thdot = self.state
        g, m, l, dt = self.g, self.m, self.l, self.dt
        u = np.clip(u, -self.max_torque, self.max_torque)[0]
        costs = self.angle_normalize(th) ** 2 + 0.1 * thdot**2 + 0.001 * (u**2)
        newthdot = thdot + (3 * g / (2 * l) * np.sin(th) + 3.0 / (m * l**2) * u) * dt
        newthdot = np.clip(newthdot, -self.max_speed, self.max_speed)
        newth = th + newthdot * dt
        self.state = np.array([newth, newthdot])
        obs = np.array([np.cos(newth), np.sin(newth), newthdot], dtype=np.float32)
        return obs, -costs, False


def as_list(v):
    return [float(x) for x in np.atleast_1d(np.asarray(v, dtype=np.float64))]


def run(env, episodes):
    """episodes: list of (start state, policy(state, t) -> action, steps or None for until done)."""
    rows = []
    for e, (start, policy, steps) in enumerate(episodes):
        env.begin(start)
        t = 0
        while True:
            before = as_list(env.state)
            action = policy(before, t)
            obs, reward, terminated = env.step(action)
            t += 1
            truncated = t >= env.limit
            rows.append((e, t, before, as_list(action), as_list(env.state), as_list(obs),
                         float(reward), terminated, truncated))
            if steps is not None:
                if t >= steps:
                    break
            elif terminated or truncated:
                break
    return rows


def write(env, rows):
    os.makedirs(OUT, exist_ok=True)
    n = len(env.state_names)
    obs_size = len(rows[0][5])
    header = (["episode", "step"] + ["before_" + s for s in env.state_names]
              + ["action_" + a for a in env.action_names] + ["after_" + s for s in env.state_names]
              + ["obs_%d" % i for i in range(obs_size)] + ["reward", "terminated", "truncated"])
    path = os.path.join(OUT, env.id + ".csv")
    with open(path, "w", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(header)
        for e, t, before, action, after, obs, reward, term, trunc in rows:
            assert len(before) == n and len(after) == n
            w.writerow([e, t] + [repr(x) for x in before + action + after + obs + [reward]]
                       + [str(term).lower(), str(trunc).lower()])
    return path


def constant(a):
    return lambda s, t: a


def sequence(actions):
    return lambda s, t: actions[t]


def check(rows, what, predicate):
    assert any(predicate(r) for r in rows), "no transition covers: " + what


def cartpole():
    env = CartPole()
    balance = lambda s, t: 1 if s[0] * 0.05 + s[1] * 0.2 + s[2] * 5.0 + s[3] * 1.0 > 0 else 0
    episodes = [
        ([2.35, 1.2, 0.01, 0.0], constant(1), 6),     # x > 2.4, then steps past termination pay 0
        ([-2.35, -1.2, -0.01, 0.0], constant(0), 4),  # x < -2.4
        ([0.0, 0.0, 0.19, 0.8], constant(1), None),   # theta > 12 degrees
        ([0.0, 0.0, -0.19, -0.8], constant(0), None),  # theta < -12 degrees
        ([0.01, -0.02, 0.03, -0.04], balance, None),  # balanced to the 500-step limit
    ]
    rows = run(env, episodes)
    check(rows, "x > 2.4", lambda r: r[7] and r[4][0] > 2.4)
    check(rows, "x < -2.4", lambda r: r[7] and r[4][0] < -2.4)
    check(rows, "theta > limit", lambda r: r[7] and r[4][2] > CartPole.theta_threshold)
    check(rows, "theta < -limit", lambda r: r[7] and r[4][2] < -CartPole.theta_threshold)
    check(rows, "reward 0 after termination", lambda r: r[6] == 0.0)
    check(rows, "truncation", lambda r: r[8] and not r[7] and r[1] == 500)
    return env, rows


def mountain_car():
    env = MountainCar()
    pump = lambda s, t: 2 if s[1] >= 0 else 0
    episodes = [
        ([-0.5234, 0.0], pump, None),                 # energy pumping reaches the goal
        ([-1.15, -0.06], constant(0), 3),              # left wall: position clipped, velocity zeroed
        ([-0.5, 0.0695], constant(2), 2),              # velocity clipped at +0.07
        ([-0.5, -0.0695], constant(0), 2),             # velocity clipped at -0.07
        ([0.58, 0.05], constant(2), None),             # position clipped at 0.6, goal
        ([0.56, -0.03], constant(0), 2),               # past the goal position but moving left
        ([-0.4567, 0.0], sequence([1, 0, 2] * 67), None),  # all actions, truncated at 200
    ]
    rows = run(env, episodes)
    check(rows, "left wall", lambda r: r[4][0] == -1.2 and r[4][1] == 0 and r[2][1] < 0)
    check(rows, "velocity clip +", lambda r: r[4][1] == 0.07)
    check(rows, "velocity clip -", lambda r: r[4][1] == -0.07)
    check(rows, "position clip", lambda r: r[4][0] == 0.6)
    check(rows, "goal", lambda r: r[7] and r[4][0] < 0.6)
    check(rows, "position >= goal, velocity < 0", lambda r: not r[7] and r[4][0] >= 0.5)
    check(rows, "truncation", lambda r: r[8] and not r[7] and r[1] == 200)
    return env, rows


def mountain_car_continuous():
    env = MountainCarContinuous()
    pump = lambda s, t: 1.0 if s[1] >= 0 else -1.0
    rng = np.random.default_rng(2024)
    small = [float(a) for a in rng.uniform(-0.3, 0.3, size=999)]
    f32 = lambda v: float(np.float32(v))
    episodes = [
        ([-0.5234, 0.0], pump, None),                           # full force, reaches the goal
        ([-0.4711, 0.0], lambda s, t: 2.5 if s[1] >= 0 else -2.5, None),  # clipped actions, reaches the goal
        ([f32(-1.15), f32(-0.06)], constant(-0.7), 3),          # left wall (float32 state)
        ([-1.1500001, -0.06], constant(-0.7), 1),               # left wall from a float64 state
        ([f32(-0.5), f32(0.0695)], constant(0.9), 2),           # velocity clip +
        ([f32(-0.5), f32(-0.0695)], constant(-0.9), 2),         # velocity clip -
        ([-0.5, 0.0695], constant(3.0), 1),                     # velocity clip + from a float64 state
        ([f32(0.58), f32(0.05)], constant(0.3), None),          # position clipped at 0.6, goal
        ([f32(0.5), f32(-0.03)], constant(0.1), 2),             # past the goal position but moving left
        ([-0.5123, 0.0], sequence(small), None),                # truncated at 999
    ]
    rows = run(env, episodes)
    check(rows, "action clip +", lambda r: r[3][0] > 1 and not r[7])
    check(rows, "action clip -", lambda r: r[3][0] < -1)
    check(rows, "action at the bound", lambda r: r[3][0] == 1.0)
    check(rows, "left wall", lambda r: r[4][0] == f32(-1.2) and r[4][1] == 0 and r[2][1] < 0)
    check(rows, "velocity clip +", lambda r: r[4][1] == f32(0.07))
    check(rows, "velocity clip -", lambda r: r[4][1] == f32(-0.07))
    check(rows, "position clip", lambda r: r[4][0] == f32(0.6))
    check(rows, "goal", lambda r: r[7] and r[4][0] < f32(0.6))
    check(rows, "position >= goal, velocity < 0", lambda r: not r[7] and r[4][0] >= 0.45)
    check(rows, "truncation", lambda r: r[8] and not r[7] and r[1] == 999)
    return env, rows


def acrobot(dynamics):
    env = Acrobot(dynamics)
    pump = lambda s, t: 2 if s[2] + s[3] > 0 else 0
    f32 = lambda v: [float(x) for x in np.float32(v)]
    episodes = [
        (f32([0.05, -0.03, 0.02, -0.08]), pump, None),      # swings up to the goal
        ([3.0, 0.1, 6.0, 0.0], constant(2), 3),             # theta1 wraps past +pi
        ([-3.0, -0.1, -6.0, 0.0], constant(0), 3),          # theta1 wraps past -pi
        ([0.1, 3.0, 0.0, 12.0], constant(1), 2),            # theta2 wraps past +pi
        ([0.1, -3.0, 0.0, -12.0], constant(1), 2),          # theta2 wraps past -pi
        ([0.0, 1.0, 12.5, 0.0], constant(2), 2),            # dtheta1 bounded at +4 pi
        ([0.0, -1.0, -12.5, 0.0], constant(0), 2),          # dtheta1 bounded at -4 pi
        ([0.0, 0.0, 0.0, 28.0], constant(0), 2),            # dtheta2 bounded at +9 pi
        ([0.0, 0.0, 0.0, -28.0], constant(2), 2),           # dtheta2 bounded at -9 pi
        ([3.1, 0.2, 0.0, 0.0], constant(1), 1),             # starts near the top: goal at once
        (f32([0.01, -0.02, 0.03, -0.04]), sequence([1, 0, 2, 1] * 125), None),  # truncated at 500
    ]
    rows = run(env, episodes)
    check(rows, "goal after a swing-up", lambda r: r[7] and r[0] == 0)
    check(rows, "wrap theta1", lambda r: abs(r[2][0] + r[2][2] * 0.2) > np.pi and abs(r[4][0]) < 3)
    check(rows, "wrap theta2", lambda r: abs(r[2][1] + r[2][3] * 0.2) > np.pi and abs(r[4][1]) < 3)
    check(rows, "bound dtheta1 +", lambda r: r[4][2] == 4 * np.pi)
    check(rows, "bound dtheta1 -", lambda r: r[4][2] == -4 * np.pi)
    check(rows, "bound dtheta2 +", lambda r: r[4][3] == 9 * np.pi)
    check(rows, "bound dtheta2 -", lambda r: r[4][3] == -9 * np.pi)
    check(rows, "truncation", lambda r: r[8] and not r[7] and r[1] == 500)
    return env, rows


def pendulum():
    env = Pendulum()
    rng = np.random.default_rng(7)
    mixed = [float(a) for a in rng.uniform(-2.5, 2.5, size=200)]
    episodes = [
        ([0.3, -0.2], sequence(mixed), None),   # truncated at 200, actions in and beyond the box
        ([0.0, 7.9], constant(3.0), 2),         # torque clip +, speed clip +
        ([0.0, -7.9], constant(-3.0), 2),       # torque clip -, speed clip -
        ([10.0, 0.5], constant(0.1), 1),        # angle normalised from above pi
        ([-10.0, 0.5], constant(-0.1), 1),      # angle normalised from below -pi (floored modulo)
        ([-np.pi, 0.0], constant(2.0), 1),      # exactly -pi, torque at the bound
        ([np.pi, 0.0], constant(-2.0), 1),      # exactly pi
    ]
    rows = run(env, episodes)
    check(rows, "torque clip +", lambda r: r[3][0] > 2)
    check(rows, "torque clip -", lambda r: r[3][0] < -2)
    check(rows, "speed clip +", lambda r: r[4][1] == 8)
    check(rows, "speed clip -", lambda r: r[4][1] == -8)
    check(rows, "angle above pi", lambda r: r[2][0] > np.pi)
    check(rows, "angle below -pi", lambda r: r[2][0] < -np.pi)
    check(rows, "truncation", lambda r: r[8] and r[1] == 200)
    return env, rows


def check_against_gymnasium(paths):
    import warnings

    import gymnasium as gym

    warnings.filterwarnings("ignore")
    continuous = ("MountainCarContinuous-v0", "Pendulum-v1")
    mismatches = 0
    for path in paths:
        name = os.path.basename(path)[:-4]
        gym_id = name.replace("-nips", "")
        with open(path) as f:
            rows = list(csv.DictReader(f))
        values = lambda r, prefix: [float(v) for k, v in r.items() if k.startswith(prefix)]
        episode = None
        for r in rows:
            if r["episode"] != episode:
                episode = r["episode"]
                env = gym.make(gym_id)
                if name.endswith("-nips"):
                    env.unwrapped.book_or_nips = "nips"
                env.reset(seed=0)
                start = np.array(values(r, "before_"), dtype=np.float64)
                if gym_id == MountainCarContinuous.id:
                    model = MountainCarContinuous()
                    model.begin(start)
                    start = model.state
                env.unwrapped.state = start
            a = values(r, "action_")[0]
            obs, reward, terminated, truncated, _ = env.step(
                np.array([a], dtype=np.float32) if gym_id in continuous else int(a))
            same = (as_list(env.unwrapped.state) == values(r, "after_")
                    and as_list(obs) == values(r, "obs_") and float(reward) == float(r["reward"])
                    and str(terminated).lower() == r["terminated"] and str(truncated).lower() == r["truncated"])
            mismatches += not same
        print("%-28s %5d transitions replayed in Gymnasium %s" % (name, len(rows), gym.__version__))
    print("transitions not bit-identical:", mismatches)
    return mismatches


def main():
    paths = []
    for make in (cartpole, mountain_car, mountain_car_continuous, lambda: acrobot("book"),
                 lambda: acrobot("nips"), pendulum):
        env, rows = make()
        paths.append(write(env, rows))
        print("%-28s %5d transitions -> %s" % (env.id, len(rows), os.path.normpath(paths[-1])))
    if "--check" in sys.argv[1:] and check_against_gymnasium(paths):
        sys.exit(1)


if __name__ == "__main__":
    main()
