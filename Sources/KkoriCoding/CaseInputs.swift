import KkoriKernel

/// One value passed to the candidate's function.
public enum InputValue: Sendable, Equatable {
    /// A float32 array.
    case tensor(Tensor)
    /// An int64 array of class labels.
    case labels([Int])
    /// A boolean array.
    case mask(Mask)
    /// A Python `int`.
    case integer(Int)
    /// A Python `float`.
    case number(Double)
    /// A `dict` of float32 arrays, in the order listed.
    case params([NamedTensor])
}

/// A tensor with the dictionary key it is passed under.
public struct NamedTensor: Sendable, Equatable {
    /// The key, e.g. `conv1.w`.
    public var key: String
    /// The array.
    public var tensor: Tensor

    public init(key: String, tensor: Tensor) {
        self.key = key
        self.tensor = tensor
    }
}

/// One argument of the call.
public struct CaseInput: Sendable, Equatable {
    /// The Python parameter name.
    public var name: String
    /// Its value.
    public var value: InputValue
    /// Passed as `name=value` (optional parameters) rather than by position.
    public var byKeyword: Bool

    public init(name: String, value: InputValue, byKeyword: Bool = false) {
        self.name = name
        self.value = value
        self.byKeyword = byKeyword
    }
}

/// The generated arguments of one case, in call order.
public struct CaseInputs: Sendable, Equatable {
    /// Every argument; positional ones first.
    public var items: [CaseInput]

    public init(_ items: [CaseInput]) {
        self.items = items
    }

    /// The value of argument `name`.
    public func value(_ name: String) -> InputValue? {
        items.first { $0.name == name }?.value
    }

    /// The tensor argument `name` (an empty tensor if absent: the generators always supply it).
    func tensor(_ name: String) -> Tensor {
        if case .tensor(let t)? = value(name) { return t }
        return Tensor(zeros: [0])
    }

    /// The `params` dictionary as the kernel takes it.
    func params() -> [String: Tensor] {
        guard case .params(let list)? = value("params") else { return [:] }
        return Dictionary(list.map { ($0.key, $0.tensor) }, uniquingKeysWith: { a, _ in a })
    }

    /// The mask argument, if passed.
    func mask() -> Mask? {
        if case .mask(let m)? = value("mask") { return m }
        return nil
    }

    /// The whole-number argument `name`, if passed.
    func integer(_ name: String) -> Int? {
        if case .integer(let n)? = value(name) { return n }
        return nil
    }
}
