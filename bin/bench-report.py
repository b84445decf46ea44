#!/usr/bin/env python3
"""Assembles the benchmark figures under target/bench into report.json and report.md."""
import csv
import json
import math
import os
import statistics
import sys

out, seeds, rounds = sys.argv[1], sys.argv[2].split(), int(sys.argv[3])
cores = os.cpu_count()


def summary(name):
    with open(os.path.join(out, "runs", name, "summary.json")) as f:
        s = json.load(f)
    with open(os.path.join(out, "runs", name, "metrics.csv")) as f:
        rows = list(csv.DictReader(f))
    with open(os.path.join(out, "runs", name, "process_seconds")) as f:
        s["process_seconds"] = float(f.read())
    s["generation_seconds"] = [float(r["seconds"]) for r in rows]
    s["cumulative_steps"] = [int(r["env_steps"]) for r in rows]
    return s


def rate(s, first):
    """Environment steps per second of the generation loop from generation `first` on."""
    before = s["cumulative_steps"][first - 1] if first > 0 else 0
    return (s["cumulative_steps"][-1] - before) / sum(s["generation_seconds"][first:])


def ga_run(name):
    s = summary(name)
    # From generation 100 on the JIT has compiled what a generation runs: the rate a long run settles at.
    return {"env_steps": s["env_steps"], "generations": s["generations"],
            "loop_seconds": round(sum(s["generation_seconds"]), 3),
            "steps_per_second": round(rate(s, 0)), "steady_steps_per_second": round(rate(s, 100))}


def median_of(runs, key):
    return statistics.median(r[key] for r in runs)


report = {"cores": cores, "rounds": rounds}
def json_file(name):
    with open(os.path.join(out, name)) as f:
        return json.load(f)


def numpy_ga(r):
    with open(os.path.join(out, "gursky-%d.jsonl" % r)) as f:
        return {"steps_per_second": [json.loads(l) for l in f if l.strip()][-1]["steps_per_s"]}


ga = {"local1": [], "local2": [], "spark1": [], "in_process": [], "in_process_pair": [], "numpy": []}
for r in range(1, rounds + 1):
    for kind in ("local1", "local2", "spark1"):
        ga[kind].append(ga_run("ga-%s-%d" % (kind, r)))
    ga["in_process"].append(json_file("inprocess-%d.json" % r))
    # two runs side by side: their summed rate, against one alone in the same round
    ga["in_process_pair"].append({"steps_per_second": sum(json_file("pair-%s-%d.json" % (x, r))["steps_per_second"]
                                                          for x in "ab")})
    ga["numpy"].append(numpy_ga(r))
for kind, runs in ga.items():
    report["ga_" + kind] = {"runs": runs, "steps_per_second": round(median_of(runs, "steps_per_second"))}
    if kind in ("local1", "local2", "spark1"):
        report["ga_" + kind]["steady_steps_per_second"] = round(median_of(runs, "steady_steps_per_second"))


def paired(a, b):
    """The median over rounds of a's rate over b's in the same round."""
    return round(statistics.median(x["steps_per_second"] / y["steps_per_second"] for x, y in zip(ga[a], ga[b])), 2)


report["ga_per_core_ratio_vs_numpy"] = paired("local1", "numpy")
report["local1_over_in_process"] = paired("local1", "in_process")
report["two_in_process_over_one"] = paired("in_process_pair", "in_process")
report["local2_over_local1"] = paired("local2", "local1")
report["spark1_over_in_process"] = paired("spark1", "in_process")
lunar = {}
for master in ("local1", "local2"):
    s = summary("lunar-" + master)
    # jbox2d's code takes the JIT a while: generations 30 on are the rate a long run settles at.
    lunar[master] = {"steps_per_second": round(rate(s, 0)), "steady_steps_per_second": round(rate(s, 30))}
report["lunarlander_scaling"] = dict(lunar, local2_over_local1=round(
    lunar["local2"]["steps_per_second"] / lunar["local1"]["steps_per_second"], 2), steady_local2_over_local1=round(
    lunar["local2"]["steady_steps_per_second"] / lunar["local1"]["steady_steps_per_second"], 2))
solve = summary("ga-solve")
report["cartpole_ga_solve"] = {"process_seconds": round(solve["process_seconds"], 2), "solved": solve["solved"],
                               "generations": solve["generations"]}

es = []
for seed in seeds:
    path = os.path.join(out, "runs", "es-seed" + seed, "summary.json")
    if not os.path.exists(path):
        continue
    s = summary("es-seed" + seed)
    with open(os.path.join(out, "evostra-seed%s.json" % seed)) as f:
        e = json.load(f)
    es.append({"seed": int(seed), "neuroevo_process_seconds": round(s["process_seconds"], 2),
               "neuroevo_loop_seconds": round(sum(s["generation_seconds"]), 2),
               "neuroevo_generations": s["generations"], "neuroevo_solved": s["solved"],
               "evostra_seconds": e["wall_s"], "evostra_iterations": e["iterations"], "evostra_solved": e["solved"]})
report["es_vs_evostra"] = es

# The JIT is still compiling Spark's scheduler for the first hundred or so generations: report that
# warm-up (generations 10-59) apart from the steady state a long run sees (generations 100 on).
for kind in ("spark", "threads"):
    ov = summary(kind + "-overhead")
    warm = ov["generation_seconds"][10:60]
    steady = ov["generation_seconds"][100:]
    report[kind + "_overhead_ms_per_generation"] = {"population": 256,
                                                    "median": round(1000 * statistics.median(steady), 2),
                                                    "max": round(1000 * max(steady), 2),
                                                    "warm_up_median": round(1000 * statistics.median(warm), 2)}

with open(os.path.join(out, "jmh.json")) as f:
    jmh = json.load(f)
rows = []
for b in jmh:
    name = b["benchmark"].split(".")[-2] + "." + b["benchmark"].split(".")[-1]
    params = ",".join("%s=%s" % kv for kv in sorted(b.get("params", {}).items()))
    alloc = b.get("secondaryMetrics", {}).get("gc.alloc.rate.norm", {}).get("score")
    rows.append({"benchmark": name, "params": params, "ns_per_op": round(b["primaryMetric"]["score"], 2),
                 # JMH gives "NaN" (a string) for fewer than three iterations (--quick)
                 "error": None if not math.isfinite(float(b["primaryMetric"]["scoreError"]))
                 else round(float(b["primaryMetric"]["scoreError"]), 2),
                 "bytes_per_op": None if alloc is None else round(alloc, 3)})
report["jmh"] = rows

with open(os.path.join(out, "report.json"), "w") as f:
    json.dump(report, f, indent=2)


def rounds_of(kind):
    return ", ".join("%.2f" % (r["steps_per_second"] / 1e6) for r in ga[kind])


md = ["| figure (CartPole GA: medians of %d rounds, each round's runs in brackets) | value |" % rounds, "| --- | --- |",
      "| CartPole GA in one thread without Spark (InProcessRun) | %.2fM steps/s (%s) |"
      % (report["ga_in_process"]["steps_per_second"] / 1e6, rounds_of("in_process")),
      "| CartPole GA, local[1] | %.2fM steps/s (%s) |" % (report["ga_local1"]["steps_per_second"] / 1e6, rounds_of("local1")),
      "| CartPole GA, local[2] | %.2fM steps/s (%s) |" % (report["ga_local2"]["steps_per_second"] / 1e6, rounds_of("local2")),
      "| CartPole GA, local[1] with a Spark job per generation (`run.local-scoring=spark`) | %.2fM steps/s (%s) |"
      % (report["ga_spark1"]["steps_per_second"] / 1e6, rounds_of("spark1")),
      "| CartPole GA, generations 100-199 only: local[1], local[2] | %.2fM, %.2fM steps/s |"
      % (report["ga_local1"]["steady_steps_per_second"] / 1e6, report["ga_local2"]["steady_steps_per_second"] / 1e6),
      "| local[1] / in one thread (same round) | %.2fx |" % report["local1_over_in_process"],
      "| local[2] / local[1], CartPole GA (same round) | %.2fx |" % report["local2_over_local1"],
      "| local[1] with Spark jobs / in one thread (same round) | %.2fx |" % report["spark1_over_in_process"],
      "| two in-process runs side by side / one (same round): what two cores give this machine | %.2fx |"
      % report["two_in_process_over_one"],
      "| numpy GA (gursky_ga.py, 1 core) | %.0fk steps/s (%s) |"
      % (report["ga_numpy"]["steps_per_second"] / 1e3, ", ".join("%.0fk" % (r["steps_per_second"] / 1e3) for r in ga["numpy"])),
      "| per-core ratio, local[1] / numpy (same round) | %.0fx |" % report["ga_per_core_ratio_vs_numpy"],
      "| local[2] / local[1], CPU-bound fitness (LunarLander ES, 60 generations; generations 30-59) | %.2fx (%.2fx) |"
      % (report["lunarlander_scaling"]["local2_over_local1"], report["lunarlander_scaling"]["steady_local2_over_local1"]),
      "| overhead per generation, population 256, trivial fitness, local[2]: Spark jobs | %.1f ms (median; %.1f ms while the JIT warms up) |"
      % (report["spark_overhead_ms_per_generation"]["median"], report["spark_overhead_ms_per_generation"]["warm_up_median"]),
      "| the same on the driver's threads | %.1f ms (median; %.1f ms while the JIT warms up) |"
      % (report["threads_overhead_ms_per_generation"]["median"], report["threads_overhead_ms_per_generation"]["warm_up_median"]),
      "| `bin/neuroevo run jobs/cartpole-ga.conf`, JVM start included | %.1f s |"
      % report["cartpole_ga_solve"]["process_seconds"]]
for e in es:
    md.append("| ES seed %d to solve CartPole-v1 vs evostra_es.py | %.1f s (%d gen) vs %.1f s (%d it) |"
              % (e["seed"], e["neuroevo_process_seconds"], e["neuroevo_generations"], e["evostra_seconds"],
                 e["evostra_iterations"]))
md += ["", "| JMH benchmark | params | ns/op | bytes/op |", "| --- | --- | --- | --- |"]
for r in rows:
    error = "" if r["error"] is None else " ± %.1f" % r["error"]
    md.append("| %s | %s | %.1f%s | %s |" % (r["benchmark"], r["params"], r["ns_per_op"], error, r["bytes_per_op"]))
with open(os.path.join(out, "report.md"), "w") as f:
    f.write("\n".join(md) + "\n")
