#!/usr/bin/env python3
"""Runs kkori's kernel and NumPy on the same workloads, side by side, and prints the speed ratios.

    python3 Benchmarks/kernel-vs-numpy.py [--rounds N] [--clock wall|cpu] [--bench PATH] [--coretype NAME]

Builds the release `kkori-bench` first unless --bench points at one. For each thread count (1, 2) it
alternates kkori and NumPy runs `--rounds` times (so background load hits both alike) and reports the
median of the per-run medians. ratio = NumPy time / kkori time: above 1 means kkori is faster; "best" is
the same ratio of the fastest batches seen, steadier when other processes share the cores.
NumPy's BLAS thread count is fixed per process through OPENBLAS_NUM_THREADS / OMP_NUM_THREADS.
"""
import argparse
import json
import os
import statistics
import subprocess
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

# The speed targets: kkori must be at least this many times faster (matmul: this fraction of NumPy).
TARGETS = {"matmul": 0.9, "conv2d": 1.5, "softmax": 2.0, "layer_norm": 4.0, "max_pool2d": 4.0,
           "attention": 1.3, "encoder_block": 1.2}

NUMPY_SIDE = r'''
import json, sys, time
import numpy as np
from numpy.lib.stride_tricks import sliding_window_view

rng = np.random.default_rng(2024)
f = lambda *s, std=1.0: (rng.standard_normal(s) * std).astype(np.float32)
a, b = f(512, 512), f(512, 512)
x, w, bias = f(8, 16, 32, 32), f(32, 16, 3, 3, std=0.1), f(32)
rows, gamma, beta = f(256, 512), f(512), f(512)
pool = f(8, 32, 32, 32)
q, k, v = f(4, 8, 128, 64), f(4, 8, 128, 64), f(4, 8, 128, 64)
tokens = f(4, 128, 256)
d, hidden = 256, 1024
p = {n: f(d, d, std=d ** -0.5) for n in ["wq", "wk", "wv", "wo"]}
p.update({n: f(d, std=0.02) for n in ["bq", "bk", "bv", "bo"]})
p.update({"w1": f(d, hidden, std=d ** -0.5), "b1": f(hidden, std=0.02), "w2": f(hidden, d, std=hidden ** -0.5),
          "b2": f(d, std=0.02), "g1": f(d), "be1": f(d), "g2": f(d), "be2": f(d)})

def conv2d(x, w, b, padding=1):
    # im2col through a strided window view, then one matmul.
    n, c, h, wd = x.shape
    kk, _, r, s = w.shape
    xp = np.pad(x, ((0, 0), (0, 0), (padding, padding), (padding, padding)))
    win = sliding_window_view(xp, (r, s), axis=(2, 3))                # (n, c, ho, wo, r, s)
    ho, wo = win.shape[2], win.shape[3]
    cols = win.transpose(0, 2, 3, 1, 4, 5).reshape(n * ho * wo, c * r * s)
    out = cols @ w.reshape(kk, -1).T + b                               # (n*ho*wo, k)
    return out.reshape(n, ho, wo, kk).transpose(0, 3, 1, 2)

def softmax(x, axis=-1):
    e = np.exp(x - x.max(axis=axis, keepdims=True))
    return e / e.sum(axis=axis, keepdims=True)

def layer_norm(x, g, b, eps=1e-5):
    mu = x.mean(axis=-1, keepdims=True)
    var = x.var(axis=-1, keepdims=True)
    return (x - mu) / np.sqrt(var + eps) * g + b

def max_pool(x):
    n, c, h, w = x.shape
    return x.reshape(n, c, h // 2, 2, w // 2, 2).max(axis=(3, 5))

def max_pool_slices(x):
    # The four strided views of each 2x2 window, combined by elementwise maximum.
    return np.maximum(np.maximum(x[:, :, 0::2, 0::2], x[:, :, 0::2, 1::2]),
                      np.maximum(x[:, :, 1::2, 0::2], x[:, :, 1::2, 1::2]))

def attention(q, k, v):
    return softmax(q @ k.swapaxes(-1, -2) / np.sqrt(q.shape[-1]).astype(np.float32)) @ v

def encoder(x, heads=8):
    bsz, l, d = x.shape
    dh = d // heads
    split = lambda t: t.reshape(bsz, l, heads, dh).transpose(0, 2, 1, 3)
    qh, kh, vh = (split(x @ p["w" + n] + p["b" + n]) for n in "qkv")
    o = attention(qh, kh, vh).transpose(0, 2, 1, 3).reshape(bsz, l, d) @ p["wo"] + p["bo"]
    h = layer_norm(x + o, p["g1"], p["be1"])
    ffn = np.maximum(h @ p["w1"] + p["b1"], 0) @ p["w2"] + p["b2"]
    return layer_norm(h + ffn, p["g2"], p["be2"])

work = {
    "matmul": lambda: a @ b, "conv2d": lambda: conv2d(x, w, bias), "softmax": lambda: softmax(rows),
    "layer_norm": lambda: layer_norm(rows, gamma, beta), "max_pool2d": lambda: max_pool(pool),
    "max_pool2d_slices": lambda: max_pool_slices(pool),
    "attention": lambda: attention(q, k, v), "encoder_block": lambda: encoder(tokens),
}

clock = time.thread_time if sys.argv[2] == "cpu" else time.perf_counter

def measure(fn, rounds):
    for _ in range(3):
        fn()
    t = clock(); fn(); once = max(clock() - t, 1e-7)
    reps = max(1, int(0.02 / once))
    samples = []
    for _ in range(rounds):
        t = clock()
        for _ in range(reps):
            fn()
        samples.append((clock() - t) / reps * 1000)
    samples.sort()
    med = samples[len(samples) // 2]
    return med, samples[0]

rounds = int(sys.argv[1])
res = {name: measure(fn, rounds) for name, fn in work.items()}
print(json.dumps({"ms": {k: v[0] for k, v in res.items()}, "best": {k: v[1] for k, v in res.items()}}))
'''


def run_numpy(threads, rounds, coretype, clock):
    env = dict(os.environ, OPENBLAS_NUM_THREADS=str(threads), OMP_NUM_THREADS=str(threads),
               MKL_NUM_THREADS=str(threads))
    if coretype:
        env["OPENBLAS_CORETYPE"] = coretype
    out = subprocess.run([sys.executable, "-c", NUMPY_SIDE, str(rounds), clock], env=env, check=True,
                         capture_output=True, text=True).stdout
    return json.loads(out)


def run_kkori(bench, threads, rounds, clock):
    extra = ["--cpu-clock"] if clock == "cpu" else []
    out = subprocess.run([bench, "kernel", "--threads", str(threads), "--rounds", str(rounds), "--json"] + extra,
                         check=True, capture_output=True, text=True).stdout
    line = [l for l in out.splitlines() if l.startswith("{")][-1]
    return json.loads(line)


def default_coretypes():
    """OpenBLAS 0.3.x detects Sapphire Rapids guests as SkylakeX; its SapphireRapids kernels can be faster."""
    try:
        with open("/proc/cpuinfo") as f:
            flags = f.read()
    except OSError:
        return [None]
    return [None, "SapphireRapids"] if "avx512_fp16" in flags else [None]


def build():
    env = dict(os.environ)
    subprocess.run(["swift", "build", "-c", "release", "--product", "kkori-bench", "--scratch-path",
                    os.path.join(ROOT, ".build-bench")], cwd=ROOT, check=True, env=env)
    return os.path.join(ROOT, ".build-bench", "release", "kkori-bench")


def best_numpy(times, name):
    """NumPy's time for `name`: for max-pool, the faster of its two forms in that run."""
    if name == "max_pool2d":
        return [min(a, b) for a, b in zip(times["max_pool2d"], times["max_pool2d_slices"])]
    return times[name]


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=5, help="alternating kkori/NumPy runs per thread count")
    parser.add_argument("--inner", type=int, default=9, help="timed batches inside each run")
    parser.add_argument("--clock", choices=["wall", "cpu"], default="wall",
                        help="single-thread timing clock: wall, or the thread's CPU clock, which leaves out "
                             "time other processes hold the core (two-thread runs always use the wall clock)")
    parser.add_argument("--bench", help="path to a release kkori-bench (skips the build)")
    parser.add_argument("--coretype", action="append", default=None,
                        help="OPENBLAS_CORETYPE to run NumPy under (repeatable; 'default' = OpenBLAS's own "
                             "detection). Default: the detected core and, on AVX-512 FP16 machines, "
                             "SapphireRapids; NumPy is credited with the faster per op")
    args = parser.parse_args()
    bench = args.bench or build()
    coretypes = [None if c == "default" else c for c in (args.coretype or default_coretypes())]
    print("load average before: %.2f %.2f %.2f" % os.getloadavg())
    print("NumPy OpenBLAS core types tried: %s" % ", ".join(c or "detected" for c in coretypes))
    for threads in (1, 2):
        kk, npy, kk_best, npy_best = {}, {}, {}, {}
        for _ in range(args.rounds):
            clock = args.clock if threads == 1 else "wall"
            result = run_kkori(bench, threads, args.inner, clock)
            for name in result["ms"]:
                kk.setdefault(name, []).append(result["ms"][name])
                kk_best.setdefault(name, []).append(result["best"][name])
            for coretype in coretypes:
                result = run_numpy(threads, args.inner, coretype, clock)
                for name in result["ms"]:
                    npy.setdefault((coretype, name), []).append(result["ms"][name])
                    npy_best.setdefault((coretype, name), []).append(result["best"][name])
        print("\n%d thread%s, %s clock: median of %d alternating runs (spread = (max-min)/median across "
              "runs); best = fastest batch seen" % (threads, "" if threads == 1 else "s",
                                                    args.clock if threads == 1 else "wall", args.rounds))
        print("%-14s %9s %6s %9s %6s %7s %7s %7s  %s" % ("op", "kkori ms", "spread", "numpy ms", "spread",
                                                       "ratio", "best", "target", "ok"))
        for name, target in TARGETS.items():
            # NumPy gets its fastest OpenBLAS core type per op (when several are tried).
            n_runs = min((best_numpy({k[1]: v for k, v in npy.items() if k[0] == c}, name) for c in coretypes),
                         key=statistics.median)
            n_best = min(min(best_numpy({k[1]: v for k, v in npy_best.items() if k[0] == c}, name))
                         for c in coretypes)
            k_med, n_med = statistics.median(kk[name]), statistics.median(n_runs)
            k_sp = (max(kk[name]) - min(kk[name])) / k_med
            n_sp = (max(n_runs) - min(n_runs)) / n_med
            ratio, best_ratio = n_med / k_med, n_best / min(kk_best[name])
            print("%-14s %9.3f %5.0f%% %9.3f %5.0f%% %7.2f %7.2f %7.2f  %s" % (
                name, k_med, k_sp * 100, n_med, n_sp * 100, ratio, best_ratio, target,
                "yes" if ratio >= target else "NO"))
    print("\nload average after: %.2f %.2f %.2f" % os.getloadavg())


if __name__ == "__main__":
    main()
