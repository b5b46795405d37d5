import KkoriKernel
import KkoriScenario

extension TaskParser {
    static let commonCaseKeys: Set<String> = ["name", "seed", "weight", "seconds", "scale", "offset"]
    static let maskKeys: Set<String> = ["shape", "keep", "causal"]

    /// `cases: {visible: [...], hidden: [...]}`; both groups need at least one case, names are unique.
    func readCases(_ fields: Fields, reference: Reference) -> (visible: [CaseSpec], hidden: [CaseSpec])? {
        guard let node = fields.value("cases"),
              let groups = Fields(node, file: file, context: "'cases'", sink: sink) else { return nil }
        groups.rejectUnknown(Self.caseGroups)
        let before = sink.items.count
        var names: Set<String> = []
        var result: [Bool: [CaseSpec]] = [true: [], false: []]
        for visible in [true, false] {
            let key = visible ? "visible" : "hidden"
            guard let items = groups.list(key) else { continue }
            if items.isEmpty, let entry = groups.entries[key] {
                sink.add(file, entry.keyMark, "'\(key)' has no cases; add at least one")
            }
            for item in items {
                guard let spec = readCase(item, visible: visible, reference: reference) else { continue }
                if !names.insert(spec.name).inserted {
                    sink.add(file, item.mark, "case name '\(spec.name)' is used twice in this task; rename one")
                }
                result[visible, default: []].append(spec)
            }
        }
        guard sink.items.count == before else { return nil }
        return (result[true] ?? [], result[false] ?? [])
    }

    /// One case: the common keys, then the reference's own, then a size check against the kernel's rules.
    func readCase(_ node: YAMLNode, visible: Bool, reference: Reference) -> CaseSpec? {
        guard let fields = Fields(node, file: file, context: "a case", sink: sink) else { return nil }
        let own = reference.caseKeys
        fields.rejectUnknown(Self.commonCaseKeys.union(own.map(\.name)))
        let before = sink.items.count
        let name = fields.id("name")
        let seed = fields.integer("seed", range: 0...(1 << 53))
        var spec = CaseSpec(name: name ?? "", visible: visible, seed: UInt64(max(0, seed ?? 0)))
        spec.weight = fields.integer("weight", range: 1...100, required: false) ?? 1
        spec.seconds = fields.number("seconds", range: 0.5...600, required: false)
        spec.scale = fields.number("scale", range: 1e-6...1e6, required: false) ?? 1
        spec.offset = fields.number("offset", range: -1e6...1e6, required: false) ?? 0
        for key in own { readKey(key, fields: fields, into: &spec) }
        guard sink.items.count == before else { return nil }
        do {
            try reference.check(spec)
        } catch {
            sink.add(file, node.mark, "case '\(spec.name)': \(error.message); change its sizes or options")
            return nil
        }
        return spec
    }

    private func readKey(_ key: CaseKey, fields: Fields, into spec: inout CaseSpec) {
        switch key.kind {
        case .shape(let rank):
            if let shape = readShape(key.name, fields: fields, rank: rank, required: key.required) {
                spec.shapes[key.name] = shape
            }
        case .integer(let range):
            if let value = fields.integer(key.name, range: range, required: key.required) { spec.integers[key.name] = value }
        case .number(let range):
            if let value = fields.number(key.name, range: range, required: key.required) { spec.numbers[key.name] = value }
        case .mask:
            if let node = fields.value(key.name, required: false) { spec.mask = readMask(node) }
        }
    }

    /// A list of positive sizes, e.g. `[2, 3, 8, 8]`.
    func readShape(_ key: String, fields: Fields, rank: ClosedRange<Int>, required: Bool = true) -> [Int]? {
        guard let items = fields.list(key, required: required), let entry = fields.entries[key] else { return nil }
        var shape: [Int] = []
        for item in items {
            guard case .scalar(let text, false, let mark) = item, let size = Int(text.trimmingCharacters(in: " ")),
                  (1...1_000_000).contains(size) else {
                sink.add(file, item.mark, "each size in '\(key)' must be a whole number from 1 to 1000000")
                return nil
            }
            _ = mark
            shape.append(size)
        }
        guard rank.contains(shape.count) else {
            let want = rank.lowerBound == rank.upperBound ? "\(rank.lowerBound)" : "\(rank.lowerBound) to \(rank.upperBound)"
            sink.add(file, entry.value.mark, "'\(key)' has \(shape.count) sizes; it needs \(want)")
            return nil
        }
        return shape
    }

    /// `mask: {shape: [...], keep: 0.7}` or `mask: {shape: [...], causal: true}`.
    private func readMask(_ node: YAMLNode) -> MaskSpec? {
        guard let fields = Fields(node, file: file, context: "'mask'", sink: sink) else { return nil }
        fields.rejectUnknown(Self.maskKeys)
        let shape = readShape("shape", fields: fields, rank: 1...5)
        let keep = fields.number("keep", range: 0.05...1, required: false) ?? 0.7
        var causal = false
        if let text = fields.string("causal", required: false), let entry = fields.entries["causal"] {
            switch text {
            case "true": causal = true
            case "false": causal = false
            default: sink.add(file, entry.value.mark, "'causal' must be true or false, not '\(text)'")
            }
        }
        guard let shape else { return nil }
        return MaskSpec(shape: shape, keep: keep, causal: causal)
    }
}

extension String {
    /// The text without leading and trailing characters in `set`.
    fileprivate func trimmingCharacters(in set: String) -> String {
        var scalars = Substring(self)
        while let first = scalars.first, set.contains(first) { scalars.removeFirst() }
        while let last = scalars.last, set.contains(last) { scalars.removeLast() }
        return String(scalars)
    }
}
