import KkoriScenario

/// Reads one task file strictly: unknown keys, wrong types, sizes that do not fit together and
/// signatures that differ from the reference all become diagnostics.
struct TaskParser {
    let file: String
    let sink: DiagnosticSink

    static let taskKeys: Set<String> = ["id", "title", "reference", "signature", "statement", "starter", "minutes",
                                        "tolerance", "limits", "cases"]
    static let toleranceKeys: Set<String> = ["rtol", "atol"]
    static let limitKeys: Set<String> = ["case_seconds", "memory_mb", "output_kb", "file_mb"]
    static let caseGroups: Set<String> = ["visible", "hidden"]

    /// The task, or nil when something required is missing or wrong (the problems are in `sink`).
    func readTask(_ node: YAMLNode) -> CodingTask? {
        guard let fields = Fields(node, file: file, context: "the task", sink: sink) else { return nil }
        fields.rejectUnknown(Self.taskKeys)
        let id = fields.id()
        let title = fields.localized("title")
        let statement = fields.localized("statement")
        let reference = readReference(fields)
        let signature = fields.string("signature")
        let starter = fields.value("starter").flatMap { readStarter($0, reference: reference) }
        let minutes = fields.integer("minutes", range: 1...600, required: false)
        let tolerance = readTolerance(fields)
        let limits = readLimits(fields)
        if let signature, let reference { checkSignature(signature, reference: reference, fields: fields) }
        let cases = reference.flatMap { readCases(fields, reference: $0) }
        guard let id, let title, let statement, let reference, let signature, let starter, let cases else { return nil }
        return CodingTask(id: id, title: title, statement: statement, reference: reference, signature: signature,
                          starter: starter, minutes: minutes, tolerance: tolerance, limits: limits,
                          visibleCases: cases.visible, hiddenCases: cases.hidden, file: file)
    }

    private func readReference(_ fields: Fields) -> Reference? {
        guard let name = fields.string("reference"), let entry = fields.entries["reference"] else { return nil }
        if let reference = Reference(rawValue: name) { return reference }
        let known = Set(Reference.allCases.map(\.rawValue))
        let hint = Fields.closest(to: name, in: known).map { "did you mean '\($0)'?" }
            ?? "use one of: \(Reference.allCases.map(\.rawValue).joined(separator: ", "))"
        sink.add(file, entry.value.mark, "unknown reference '\(name)'; \(hint)")
        return nil
    }

    /// The signature must be the reference's, spaces aside (`def` and a trailing colon are allowed).
    private func checkSignature(_ text: String, reference: Reference, fields: Fields) {
        var compact = text.filter { !$0.isWhitespace }
        if compact.hasPrefix("def") { compact.removeFirst(3) }
        if compact.hasSuffix(":") { compact.removeLast() }
        guard compact != reference.signature.filter({ !$0.isWhitespace }) else { return }
        let mark = fields.entries["signature"]?.value.mark ?? fields.node.mark
        sink.add(file, mark, "signature '\(text)' does not match the '\(reference.rawValue)' reference; "
                 + "write \(reference.signature)")
    }

    private func readStarter(_ node: YAMLNode, reference: Reference?) -> String? {
        guard case .scalar(let text, false, let mark) = node, !text.isEmpty else {
            sink.add(file, node.mark, "'starter' must be the starter file's text (use 'starter: |' and indent the code)")
            return nil
        }
        if let reference, !text.contains("def \(reference.functionName)(") {
            sink.add(file, mark, "the starter does not define \(reference.functionName); "
                     + "start it with 'def \(reference.signature):'")
        }
        return text.hasSuffix("\n") ? text : text + "\n"
    }

    private func readTolerance(_ fields: Fields) -> Tolerance {
        var tolerance = Tolerance()
        guard let node = fields.value("tolerance", required: false),
              let inner = Fields(node, file: file, context: "'tolerance'", sink: sink) else { return tolerance }
        inner.rejectUnknown(Self.toleranceKeys)
        if let rtol = inner.number("rtol", range: 0...1, required: false) { tolerance.rtol = rtol }
        if let atol = inner.number("atol", range: 0...1, required: false) { tolerance.atol = atol }
        return tolerance
    }

    private func readLimits(_ fields: Fields) -> CaseLimits {
        var limits = CaseLimits()
        guard let node = fields.value("limits", required: false),
              let inner = Fields(node, file: file, context: "'limits'", sink: sink) else { return limits }
        inner.rejectUnknown(Self.limitKeys)
        if let seconds = inner.number("case_seconds", range: 0.5...600, required: false) { limits.seconds = seconds }
        if let mb = inner.integer("memory_mb", range: 128...65536, required: false) { limits.memoryBytes = mb << 20 }
        if let kb = inner.integer("output_kb", range: 1...(1 << 20), required: false) { limits.outputBytes = kb << 10 }
        if let mb = inner.integer("file_mb", range: 1...4096, required: false) { limits.fileBytes = mb << 20 }
        return limits
    }
}
