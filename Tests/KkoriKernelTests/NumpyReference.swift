/// The float64 NumPy reference, written to the temporary folder and run by `NumpyOracle`.
///
/// Usage: python3 reference.py DIR. DIR/manifest.json lists cases {"op", "dir", "options"}; each case folder
/// holds its inputs as .npy (parameters of attention blocks as p.NAME.npy); outputs are saved as out0.npy, ….
/// Written independently of the Swift kernel: plain loops and einsum, all in float64.
enum NumpyReference {
    static let script = #"""
import json
import os
import sys

import numpy as np


def conv2d(x, w, b, stride, padding):
    n, c, h, wd = x.shape
    k, _, r, s = w.shape
    xp = np.pad(x, ((0, 0), (0, 0), (padding, padding), (padding, padding)))
    ho = (h + 2 * padding - r) // stride + 1
    wo = (wd + 2 * padding - s) // stride + 1
    out = np.zeros((n, k, ho, wo))
    for dy in range(r):
        for dx in range(s):
            patch = xp[:, :, dy:dy + stride * (ho - 1) + 1:stride, dx:dx + stride * (wo - 1) + 1:stride]
            out += np.einsum("nchw,kc->nkhw", patch, w[:, :, dy, dx])
    if b is not None:
        out += b[None, :, None, None]
    return out


def conv2d_backward(dout, x, w, stride, padding):
    n, c, h, wd = x.shape
    k, _, r, s = w.shape
    xp = np.pad(x, ((0, 0), (0, 0), (padding, padding), (padding, padding)))
    dxp = np.zeros_like(xp)
    dw = np.zeros_like(w)
    ho, wo = dout.shape[2], dout.shape[3]
    for dy in range(r):
        for dx in range(s):
            ys = slice(dy, dy + stride * (ho - 1) + 1, stride)
            xs = slice(dx, dx + stride * (wo - 1) + 1, stride)
            dw[:, :, dy, dx] = np.einsum("nkhw,nchw->kc", dout, xp[:, :, ys, xs])
            dxp[:, :, ys, xs] += np.einsum("nkhw,kc->nchw", dout, w[:, :, dy, dx])
    dx_ = dxp[:, :, padding:padding + h, padding:padding + wd]
    return dx_, dw, dout.sum(axis=(0, 2, 3))


def max_pool2d(x, kernel, stride):
    n, c, h, w = x.shape
    ho, wo = (h - kernel) // stride + 1, (w - kernel) // stride + 1
    out = np.full((n, c, ho, wo), -np.inf)
    for dy in range(kernel):
        for dx in range(kernel):
            out = np.maximum(out, x[:, :, dy:dy + stride * (ho - 1) + 1:stride, dx:dx + stride * (wo - 1) + 1:stride])
    return out


def softmax(x, axis):
    e = np.exp(x - x.max(axis=axis, keepdims=True))
    return e / e.sum(axis=axis, keepdims=True)


def log_softmax(x, axis):
    m = x.max(axis=axis, keepdims=True)
    return x - m - np.log(np.exp(x - m).sum(axis=axis, keepdims=True))


def layer_norm(x, gamma, beta, eps=1e-5):
    mu = x.mean(axis=-1, keepdims=True)
    var = ((x - mu) ** 2).mean(axis=-1, keepdims=True)
    return (x - mu) / np.sqrt(var + eps) * gamma + beta


def attention(q, k, v, mask=None):
    scores = q @ np.swapaxes(k, -1, -2) / np.sqrt(q.shape[-1])
    if mask is not None:
        scores = np.where(mask, scores, -1e30)
    return softmax(scores, -1) @ v


def mha(x, p, heads, mask=None, prefix=""):
    b, l, d = x.shape
    dh = d // heads

    def split(t):
        return t.reshape(b, l, heads, dh).transpose(0, 2, 1, 3)

    q = split(x @ p[prefix + "wq"] + p[prefix + "bq"])
    k = split(x @ p[prefix + "wk"] + p[prefix + "bk"])
    v = split(x @ p[prefix + "wv"] + p[prefix + "bv"])
    o = attention(q, k, v, mask).transpose(0, 2, 1, 3).reshape(b, l, d)
    return o @ p[prefix + "wo"] + p[prefix + "bo"]


def encoder_block(x, p, heads, mask=None):
    h = layer_norm(x + mha(x, p, heads, mask, "attn."), p["ln1.gamma"], p["ln1.beta"])
    f = np.maximum(h @ p["ffn.w1"] + p["ffn.b1"], 0) @ p["ffn.w2"] + p["ffn.b2"]
    return layer_norm(h + f, p["ln2.gamma"], p["ln2.beta"])


def positional_encoding(length, d_model):
    pos = np.arange(length)[:, None].astype(np.float64)
    col = np.arange(d_model)[None, :]
    angle = pos / np.power(10000.0, (col - col % 2) / d_model)
    return np.where(col % 2 == 0, np.sin(angle), np.cos(angle))


def run(op, a, o):
    g = a.get
    if op == "matmul":
        return [a["a"] @ a["b"]]
    if op == "conv2d":
        return [conv2d(a["x"], a["w"], g("b"), o["stride"], o["padding"])]
    if op == "conv2d_backward":
        return list(conv2d_backward(a["dout"], a["x"], a["w"], o["stride"], o["padding"]))
    if op == "max_pool2d":
        return [max_pool2d(a["x"], o["kernel"], o["stride"])]
    if op == "relu":
        return [np.maximum(a["x"], 0)]
    if op == "linear":
        out = a["x"] @ a["weight"].T
        return [out + a["bias"] if "bias" in a else out]
    if op == "softmax":
        return [softmax(a["x"], o["axis"])]
    if op == "log_softmax":
        return [log_softmax(a["x"], o["axis"])]
    if op == "cross_entropy":
        logp = log_softmax(a["logits"], 1)
        return [np.array(-logp[np.arange(len(a["labels"])), a["labels"]].mean())]
    if op == "layer_norm":
        return [layer_norm(a["x"], a["gamma"], a["beta"])]
    if op == "attention":
        return [attention(a["q"], a["k"], a["v"], g("mask"))]
    params = {k[2:]: v for k, v in a.items() if k.startswith("p.")}
    if op == "multi_head_attention":
        return [mha(a["x"], params, o["heads"], g("mask"))]
    if op == "encoder_block":
        return [encoder_block(a["x"], params, o["heads"], g("mask"))]
    if op == "positional_encoding":
        return [positional_encoding(o["length"], o["d_model"])]
    raise SystemExit("unknown op " + op)


def main():
    root = sys.argv[1]
    with open(os.path.join(root, "manifest.json")) as f:
        cases = json.load(f)
    for case in cases:
        folder = os.path.join(root, case["dir"])
        arrays = {}
        for name in os.listdir(folder):
            if name.endswith(".npy") and not name.startswith("out"):
                arr = np.load(os.path.join(folder, name))
                arrays[name[:-4]] = arr if arr.dtype in (np.bool_, np.int64, np.int32) else arr.astype(np.float64)
        for i, out in enumerate(run(case["op"], arrays, case.get("options", {}))):
            np.save(os.path.join(folder, "out%d.npy" % i), np.asarray(out, dtype=np.float64))


main()
"""#
}
