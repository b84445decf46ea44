"""Reference start states of Gymnasium 1.4.0's env.reset(seed=...), for the Java tests.

Gymnasium's Env.reset(seed=s) makes its generator with gymnasium/utils/seeding.py:
np.random.Generator(np.random.PCG64(np.random.SeedSequence(s))); reset() without a seed keeps
drawing from it. Each environment then draws its start state as its reset() does in Gymnasium 1.4.0:

  CartPole        uniform(-0.05, 0.05, size=(4,))
  MountainCar(*)  [uniform(-0.6, -0.4), 0]               (both the discrete and the continuous one)
  Pendulum        uniform(low=-[pi, 1], high=[pi, 1])
  Acrobot         uniform(-0.1, 0.1, size=(4,)).astype(float32)
  LunarLander     heights = uniform(0, H/2, size=(CHUNKS+1,)), the helipad's five set to H/4,
                  terrain = 0.33 * (h[i-1] + h[i] + h[i+1]) for i < CHUNKS; then the initial force
                  (uniform(-1000, 1000), uniform(-1000, 1000)), float32 in Box2D; then the reset's
                  step(0) draws the two engine dispersions.

Only numpy is needed (>= 2). From the repository root:

    python3 src/test/python/reset_reference.py [--check]

With --check, if gymnasium imports (e.g. PYTHONPATH at a Gymnasium 1.4.0 source tree), it also
compares these states with gym.make(id).unwrapped after reset(seed=s) for the classic-control ids.

Writes under src/test/resources/reference/:
  reset-generator.csv  seed, the four uint64 words of SeedSequence(seed).generate_state(4, uint64),
                       the first two raw PCG64 outputs and the 1000th (hex), for the first 110 seeds
  reset-states.csv     env, seed, the start state's values (repr, exact), for the first seeds
  reset-digests.csv    seed, then per environment a 64-bit digest of the start state's float64 bits
                       (d = rotl(d, 7) ^ bits(value), from d = 0), for every seed
  reset-sequences.csv  env, seed, index (0 = reset(seed), then reset() calls), state values
Seeds are written as unsigned decimal integers.
"""

import csv
import math
import os
import sys

import numpy as np

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "resources", "reference")
MASK = (1 << 64) - 1

# The seeds the tests ask for, then small ones, then 1024 spread over [0, 2^64) (half of them
# negative as Java longs, as keyed episode seeds are).
SPECIAL = [0, 1, 2, 3, 42, 2**31 - 1, 2**31, 2**32 - 1, 2**32, 2**32 + 1, 2**53 + 1,
           2**63 - 1, 2**63, 2**64 - 2, 2**64 - 1]
SEEDS = SPECIAL + [s for s in range(4, 100) if s != 42] + [
    (i * 0x9E3779B97F4A7C15 + 0x2545F4914F6CDD1D) & MASK for i in range(1024)]
FULL_SEEDS = SPECIAL + list(range(4, 36))
SEQUENCE_SEEDS = [0, 1, 7, 2**32, 2**64 - 1]
SEQUENCE_LENGTH = 5

VIEWPORT_W, VIEWPORT_H, SCALE, CHUNKS, INITIAL_RANDOM = 600, 400, 30.0, 11, 1000.0


def np_random(seed):
    return np.random.Generator(np.random.PCG64(np.random.SeedSequence(seed)))


def cartpole(rng):
    return list(rng.uniform(low=-0.05, high=0.05, size=(4,)))


def mountain_car(rng):
    return list(np.array([rng.uniform(low=-0.6, high=-0.4), 0]))


def pendulum(rng):
    high = np.array([np.pi, 1.0])
    return list(rng.uniform(low=-high, high=high))


def acrobot(rng):
    return [float(v) for v in rng.uniform(low=-0.1, high=0.1, size=(4,)).astype(np.float32)]


def lunar_lander(rng):
    H = VIEWPORT_H / SCALE
    height = rng.uniform(0, H / 2, size=(CHUNKS + 1,))
    for i in range(CHUNKS // 2 - 2, CHUNKS // 2 + 3):
        height[i] = H / 4
    terrain = [0.33 * (height[i - 1] + height[i + 0] + height[i + 1]) for i in range(CHUNKS)]
    force = [rng.uniform(-INITIAL_RANDOM, INITIAL_RANDOM), rng.uniform(-INITIAL_RANDOM, INITIAL_RANDOM)]
    for _ in range(2):  # the dispersion of the reset's step(0)
        rng.uniform(-1.0, +1.0)
    return [float(v) for v in terrain] + [float(np.float32(f)) for f in force]


ENVS = [("CartPole-v1", cartpole), ("MountainCar-v0", mountain_car),
        ("MountainCarContinuous-v0", mountain_car), ("Pendulum-v1", pendulum),
        ("Acrobot-v1", acrobot), ("LunarLander-v3", lunar_lander)]


def digest(values):
    d = 0
    for v in values:
        bits = int(np.array([v], dtype=np.float64).view(np.uint64)[0])
        d = (((d << 7) | (d >> 57)) & MASK) ^ bits
    return d


def write(name, header, rows):
    with open(os.path.join(OUT, name), "w", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(header)
        w.writerows(rows)


def main():
    os.makedirs(OUT, exist_ok=True)
    rows = []
    for s in SEEDS[:110]:
        words = [int(v) for v in np.random.SeedSequence(s).generate_state(4, np.uint64)]
        raw = np.random.PCG64(np.random.SeedSequence(s)).random_raw(1000)
        rows.append([s] + ["%016x" % v for v in words] + ["%016x" % int(v) for v in (raw[0], raw[1], raw[999])])
    write("reset-generator.csv", ["seed", "word0", "word1", "word2", "word3", "raw1", "raw2", "raw1000"], rows)

    write("reset-states.csv", ["env", "seed", "values..."],
          [[env, s] + [repr(float(v)) for v in draw(np_random(s))] for env, draw in ENVS for s in FULL_SEEDS])
    write("reset-digests.csv", ["seed"] + [env for env, _ in ENVS],
          [[s] + ["%016x" % digest(draw(np_random(s))) for _, draw in ENVS] for s in SEEDS])
    rows = []
    for env, draw in ENVS:
        for s in SEQUENCE_SEEDS:
            rng = np_random(s)
            for k in range(SEQUENCE_LENGTH):
                rows.append([env, s, k] + [repr(float(v)) for v in draw(rng)])
    write("reset-sequences.csv", ["env", "seed", "index", "values..."], rows)
    print(f"{len(SEEDS)} seeds, {len(ENVS)} environments written to {os.path.normpath(OUT)}")

    if "--check" in sys.argv:
        check()


def check():
    try:
        import gymnasium as gym
    except ImportError:
        print("--check: gymnasium does not import; nothing compared")
        return
    bad = 0
    for env_id, draw in ENVS[:-1]:
        env = gym.make(env_id)
        for s in SEEDS:
            env.reset(seed=s)
            state = [float(v) for v in np.asarray(env.unwrapped.state, dtype=np.float64)]
            bad += state != draw(np_random(s))
    print(f"--check: {bad} start states differ from Gymnasium's")


if __name__ == "__main__":
    main()
