#!/usr/bin/python3
"""Run the guest benchmarks under frost and CPython and compare wall times.

Usage: /usr/bin/python3 bench/run.py [--frost build/frost] [--python /usr/bin/python3]
                                     [--runs N] [--json FILE] [names...]

Each benchmark runs N times under each interpreter, alternating (frost, CPython,
frost, CPython, ...), so drifts in machine load hit both alike.  The first run
of each pair also checks that both printed the same stdout; a frost failure or
an output mismatch is reported in the table instead of a ratio and the runner
goes on with the next benchmark.  Ratios are frost/CPython: lower is better.
"""
import argparse
import json
import math
import os
import statistics
import subprocess
import sys
import time

BENCH_DIR = os.path.dirname(os.path.abspath(__file__))
REPO_DIR = os.path.dirname(BENCH_DIR)
TIMEOUT = 300  # seconds per single run


def all_benchmarks():
    return sorted(f[:-3] for f in os.listdir(BENCH_DIR)
                  if f.endswith(".py") and f != "run.py")


def run_once(interpreter, script):
    """Run one benchmark once: (seconds, stdout, error or None)."""
    start = time.perf_counter()
    try:
        proc = subprocess.run([interpreter, script], cwd=BENCH_DIR, capture_output=True,
                              text=True, errors="replace", timeout=TIMEOUT)
    except subprocess.TimeoutExpired:
        return TIMEOUT, "", f"timed out after {TIMEOUT} s"
    except OSError as e:
        return 0.0, "", f"cannot run: {e}"
    elapsed = time.perf_counter() - start
    if proc.returncode != 0:
        last = (proc.stderr.strip().splitlines() or ["(no stderr)"])[-1]
        return elapsed, proc.stdout, f"exit status {proc.returncode}: {last}"
    return elapsed, proc.stdout, None


def first_difference(expected, actual):
    exp, act = expected.splitlines(), actual.splitlines()
    for i, (e, a) in enumerate(zip(exp, act), 1):
        if e != a:
            return f"line {i}: expected {e!r}, got {a!r}"
    return f"expected {len(exp)} lines, got {len(act)}"


def bench(name, frost, python, runs):
    """Time one benchmark; returns a result dict (status 'ok' or a failure)."""
    script = os.path.join(BENCH_DIR, name + ".py")
    result = {"name": name, "status": "ok", "detail": "", "frost_times": [], "cpython_times": []}
    for i in range(runs):
        f_time, f_out, f_err = run_once(frost, script)
        c_time, c_out, c_err = run_once(python, script)
        if c_err:
            result.update(status="cpython failed", detail=c_err)
            break
        if f_err:
            result.update(status="frost failed", detail=f_err)
            break
        if i == 0 and f_out != c_out:
            result.update(status="output mismatch", detail=first_difference(c_out, f_out))
            break
        result["frost_times"].append(f_time)
        result["cpython_times"].append(c_time)
    if result["status"] == "ok":
        result["frost_median"] = statistics.median(result["frost_times"])
        result["cpython_median"] = statistics.median(result["cpython_times"])
        result["ratio"] = result["frost_median"] / result["cpython_median"]
    return result


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--frost", default=os.path.join(REPO_DIR, "build", "frost"))
    parser.add_argument("--python", default="/usr/bin/python3")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--json", metavar="FILE", help="also write the results as JSON")
    parser.add_argument("names", nargs="*", help="benchmarks to run (default: all)")
    args = parser.parse_args()

    available = all_benchmarks()
    names = [n[:-3] if n.endswith(".py") else n for n in args.names] or available
    unknown = [n for n in names if n not in available]
    if unknown:
        sys.exit(f"unknown benchmark(s): {', '.join(unknown)}; available: {', '.join(available)}")
    frost = os.path.abspath(args.frost)
    if not os.access(frost, os.X_OK):
        sys.exit(f"frost executable not found: {frost} (build it, or pass --frost)")

    print(f"frost: {frost}\nCPython: {args.python}\nruns: {args.runs} each, alternating\n")
    header = f"{'benchmark':<26}{'frost (s)':>11}{'CPython (s)':>13}{'frost/CPython':>15}"
    print(header)
    print("-" * len(header))
    results = []
    for name in names:
        r = bench(name, frost, args.python, args.runs)
        results.append(r)
        if r["status"] == "ok":
            print(f"{name:<26}{r['frost_median']:>11.3f}{r['cpython_median']:>13.3f}{r['ratio']:>15.2f}")
        else:
            print(f"{name:<26}  {r['status'].upper()}: {r['detail']}")
        sys.stdout.flush()
    ratios = [r["ratio"] for r in results if r["status"] == "ok"]
    geomean = math.exp(sum(math.log(x) for x in ratios) / len(ratios)) if ratios else None
    print("-" * len(header))
    if geomean is None:
        print("geometric mean: n/a (no benchmark ran correctly)")
    else:
        print(f"{'geometric mean':<50}{geomean:>15.2f}   ({len(ratios)} of {len(results)} benchmarks)")
    if args.json:
        with open(args.json, "w") as f:
            json.dump({"frost": frost, "python": args.python, "runs": args.runs,
                       "benchmarks": results, "geomean_ratio": geomean}, f, indent=2)
            f.write("\n")
    return 0 if len(ratios) == len(results) else 1


if __name__ == "__main__":
    sys.exit(main())
