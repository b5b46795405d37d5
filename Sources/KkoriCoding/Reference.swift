/// The built-in references a task can be graded against. Each fixes the Python signature, how a
/// case's inputs are drawn and which kernel op computes the expected outputs.
public enum Reference: String, Sendable, Hashable, CaseIterable {
    /// `softmax(x, axis=-1)`.
    case softmax
    /// `cross_entropy(logits, labels)`: mean negative log-likelihood, a scalar.
    case crossEntropy = "cross-entropy"
    /// `layer_norm(x, gamma, beta, eps=1e-5)` over the last axis.
    case layerNorm = "layer-norm"
    /// `conv2d(x, w, b, stride=1, padding=0)`, NCHW cross-correlation.
    case conv2d
    /// `max_pool2d(x, kernel=2, stride=2)`, NCHW, no padding.
    case maxPool2d = "max-pool2d"
    /// `conv2d_backward(dout, x, w, stride=1, padding=0)` returning `(dx, dw, db)`.
    case conv2dBackward = "conv2d-backward"
    /// `cnn_forward(x, params)`: two conv-ReLU-pool stages and a linear layer on (N,1,28,28).
    case cnnForward = "cnn-forward"
    /// `scaled_dot_product_attention(q, k, v, mask=None)`.
    case attention
    /// `multi_head_attention(x, params, num_heads, mask=None)`.
    case multiHeadAttention = "multi-head-attention"
    /// `encoder_block(x, params, num_heads, mask=None)`, post-LN.
    case encoderBlock = "transformer-encoder-block"
    /// `positional_encoding(seq_len, d_model)`, sinusoidal.
    case positionalEncoding = "positional-encoding"

    /// One parameter of the Python function.
    public struct Parameter: Sendable, Hashable {
        /// The Python name.
        public var name: String
        /// The default as written in Python, or nil when the argument is required.
        public var defaultValue: String?
    }

    /// The Python function name.
    public var functionName: String {
        switch self {
        case .softmax: "softmax"
        case .crossEntropy: "cross_entropy"
        case .layerNorm: "layer_norm"
        case .conv2d: "conv2d"
        case .maxPool2d: "max_pool2d"
        case .conv2dBackward: "conv2d_backward"
        case .cnnForward: "cnn_forward"
        case .attention: "scaled_dot_product_attention"
        case .multiHeadAttention: "multi_head_attention"
        case .encoderBlock: "encoder_block"
        case .positionalEncoding: "positional_encoding"
        }
    }

    /// The parameters in order. Required ones are passed by position; optional ones by keyword, and
    /// only when a case sets them (otherwise the solution's own default is exercised).
    public var parameters: [Parameter] {
        func p(_ name: String, _ value: String? = nil) -> Parameter { Parameter(name: name, defaultValue: value) }
        switch self {
        case .softmax: return [p("x"), p("axis", "-1")]
        case .crossEntropy: return [p("logits"), p("labels")]
        case .layerNorm: return [p("x"), p("gamma"), p("beta"), p("eps", "1e-5")]
        case .conv2d: return [p("x"), p("w"), p("b"), p("stride", "1"), p("padding", "0")]
        case .maxPool2d: return [p("x"), p("kernel", "2"), p("stride", "2")]
        case .conv2dBackward: return [p("dout"), p("x"), p("w"), p("stride", "1"), p("padding", "0")]
        case .cnnForward: return [p("x"), p("params")]
        case .attention: return [p("q"), p("k"), p("v"), p("mask", "None")]
        case .multiHeadAttention, .encoderBlock: return [p("x"), p("params"), p("num_heads"), p("mask", "None")]
        case .positionalEncoding: return [p("seq_len"), p("d_model")]
        }
    }

    /// The signature as the candidate sees it: `softmax(x, axis=-1)`.
    public var signature: String {
        let list = parameters.map { parameter in
            parameter.defaultValue.map { "\(parameter.name)=\($0)" } ?? parameter.name
        }
        return "\(functionName)(\(list.joined(separator: ", ")))"
    }

    /// Names of the returned arrays, in order (one unless the function returns a tuple).
    public var outputNames: [String] {
        self == .conv2dBackward ? ["dx", "dw", "db"] : ["out"]
    }

    /// Whether the single output is a scalar (a size-1 array of any rank is accepted too).
    public var returnsScalar: Bool { self == .crossEntropy }
}
