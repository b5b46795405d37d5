import numpy as np


def softmax(x, axis=-1):
    z = x - x.max(axis=axis, keepdims=True)
    e = np.exp(z)
    return e / e.sum(axis=axis, keepdims=True)


def cross_entropy(logits, labels):
    z = logits - logits.max(axis=1, keepdims=True)
    logp = z - np.log(np.exp(z).sum(axis=1, keepdims=True))
    return -logp[np.arange(len(labels)), labels].mean()


def layer_norm(x, gamma, beta, eps=1e-5):
    mean = x.mean(axis=-1, keepdims=True)
    var = ((x - mean) ** 2).mean(axis=-1, keepdims=True)
    return (x - mean) / np.sqrt(var + eps) * gamma + beta


def _im2col(x, r, s, stride, padding):
    n, c, h, w = x.shape
    xp = np.pad(x, ((0, 0), (0, 0), (padding, padding), (padding, padding)))
    ho = (h + 2 * padding - r) // stride + 1
    wo = (w + 2 * padding - s) // stride + 1
    cols = np.empty((n, c, r, s, ho, wo), dtype=x.dtype)
    for i in range(r):
        for j in range(s):
            cols[:, :, i, j] = xp[:, :, i:i + stride * ho:stride, j:j + stride * wo:stride]
    return cols, ho, wo


def conv2d(x, w, b, stride=1, padding=0):
    k, c, r, s = w.shape
    cols, ho, wo = _im2col(x, r, s, stride, padding)
    out = np.einsum("ncrsij,kcrs->nkij", cols, w, optimize=True)
    return out + b.reshape(1, k, 1, 1)


def max_pool2d(x, kernel=2, stride=2):
    n, c, h, w = x.shape
    ho = (h - kernel) // stride + 1
    wo = (w - kernel) // stride + 1
    out = np.full((n, c, ho, wo), -np.inf, dtype=x.dtype)
    for i in range(kernel):
        for j in range(kernel):
            out = np.maximum(out, x[:, :, i:i + stride * ho:stride, j:j + stride * wo:stride])
    return out


def conv2d_backward(dout, x, w, stride=1, padding=0):
    k, c, r, s = w.shape
    n, _, h, wd = x.shape
    cols, ho, wo = _im2col(x, r, s, stride, padding)
    dw = np.einsum("ncrsij,nkij->kcrs", cols, dout, optimize=True)
    db = dout.sum(axis=(0, 2, 3))
    dcols = np.einsum("nkij,kcrs->ncrsij", dout, w, optimize=True)
    dxp = np.zeros((n, c, h + 2 * padding, wd + 2 * padding), dtype=np.float64)
    for i in range(r):
        for j in range(s):
            dxp[:, :, i:i + stride * ho:stride, j:j + stride * wo:stride] += dcols[:, :, i, j]
    dx = dxp[:, :, padding:padding + h, padding:padding + wd]
    return dx, dw, db


def cnn_forward(x, params):
    h = max_pool2d(np.maximum(conv2d(x, params["conv1.w"], params["conv1.b"], 1, 1), 0))
    h = max_pool2d(np.maximum(conv2d(h, params["conv2.w"], params["conv2.b"], 1, 1), 0))
    flat = h.reshape(h.shape[0], -1)
    return flat @ params["fc.w"].T + params["fc.b"]


def scaled_dot_product_attention(q, k, v, mask=None):
    scores = q @ np.swapaxes(k, -1, -2) / np.sqrt(q.shape[-1])
    if mask is not None:
        scores = np.where(mask, scores, -1e30)
    return softmax(scores, axis=-1) @ v


def multi_head_attention(x, params, num_heads, mask=None, prefix=""):
    b, l, d = x.shape
    dh = d // num_heads
    def heads(t):
        return t.reshape(b, l, num_heads, dh).transpose(0, 2, 1, 3)
    q = heads(x @ params[prefix + "wq"] + params[prefix + "bq"])
    k = heads(x @ params[prefix + "wk"] + params[prefix + "bk"])
    v = heads(x @ params[prefix + "wv"] + params[prefix + "bv"])
    out = scaled_dot_product_attention(q, k, v, mask)
    out = out.transpose(0, 2, 1, 3).reshape(b, l, d)
    return out @ params[prefix + "wo"] + params[prefix + "bo"]


def encoder_block(x, params, num_heads, mask=None):
    h = layer_norm(x + multi_head_attention(x, params, num_heads, mask, "attn."), params["ln1.gamma"], params["ln1.beta"])
    f = np.maximum(h @ params["ffn.w1"] + params["ffn.b1"], 0) @ params["ffn.w2"] + params["ffn.b2"]
    return layer_norm(h + f, params["ln2.gamma"], params["ln2.beta"])


def positional_encoding(seq_len, d_model):
    pos = np.arange(seq_len)[:, None]
    col = np.arange(d_model)[None, :]
    angle = pos / np.power(10000.0, (col - col % 2) / d_model)
    return np.where(col % 2 == 0, np.sin(angle), np.cos(angle))
