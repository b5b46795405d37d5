import CYaml

/// Builds `YAMLNode`s straight from libyaml's event stream (the C parser bundled with Yams).
///
/// Reading events, rather than composing a generic document first, is what keeps untrusted files
/// safe and fast: an anchor, alias or custom tag is refused at the event that introduces it, before
/// any alias could be expanded; depth and node count are checked as the events arrive; and no
/// intermediate tree is built (composing Yams nodes cost ten times the whole load budget).
enum EventComposer {
    struct Problem: Error {
        var mark: SourceMark
        var message: String
    }

    /// An open list or mapping while its children arrive.
    private enum Frame {
        case sequence([YAMLNode], SourceMark)
        case mapping([YAMLEntry], pendingKey: (String, SourceMark)?, seen: Set<String>, SourceMark)
    }

    static func compose(_ bytes: [UInt8], limits: YAMLLimits) -> Result<YAMLNode?, Problem> {
        var parser = yaml_parser_t()
        guard yaml_parser_initialize(&parser) == 1 else {
            return .failure(Problem(mark: SourceMark(line: 0, column: 0), message: "out of memory while reading YAML"))
        }
        defer { yaml_parser_delete(&parser) }
        return bytes.withUnsafeBufferPointer { buffer in
            yaml_parser_set_encoding(&parser, YAML_UTF8_ENCODING)
            yaml_parser_set_input_string(&parser, buffer.baseAddress, buffer.count)
            var state = State(limits: limits)
            while true {
                var event = yaml_event_t()
                guard yaml_parser_parse(&parser, &event) == 1 else { return .failure(syntaxProblem(parser)) }
                defer { yaml_event_delete(&event) }
                do throws(Problem) {
                    if try state.consume(event) { return .success(state.root) }
                } catch {
                    return .failure(error)
                }
            }
        }
    }

    static func syntaxProblem(_ parser: yaml_parser_t) -> Problem {
        let problem = parser.problem.map { String(cString: $0) } ?? "unreadable YAML"
        let context = parser.context.map { " " + String(cString: $0) } ?? ""
        let mark = SourceMark(line: Int(parser.problem_mark.line) + 1, column: Int(parser.problem_mark.column) + 1)
        return Problem(mark: mark, message: "YAML syntax error: \(problem)\(context); check indentation and quoting here")
    }

    private struct State {
        let limits: YAMLLimits
        var stack: [Frame] = []
        var root: YAMLNode?
        var count = 0
        var documents = 0

        init(limits: YAMLLimits) {
            self.limits = limits
        }

        /// Handles one event; returns true at the end of the stream.
        mutating func consume(_ event: yaml_event_t) throws(Problem) -> Bool {
            let mark = SourceMark(line: Int(event.start_mark.line) + 1, column: Int(event.start_mark.column) + 1)
            switch event.type {
            case YAML_STREAM_END_EVENT:
                return true
            case YAML_DOCUMENT_START_EVENT:
                documents += 1
                if documents > 1 { throw Problem(mark: mark, message: "more than one YAML document ('---'); keep one per file") }
            case YAML_ALIAS_EVENT:
                throw Problem(mark: mark, message: "YAML aliases (*name) are not allowed; write the value out")
            case YAML_SCALAR_EVENT:
                let scalar = event.data.scalar
                try refuse(anchor: scalar.anchor, tag: scalar.tag, at: mark)
                let text = String(decoding: UnsafeBufferPointer(start: scalar.value, count: Int(scalar.length)), as: UTF8.self)
                let plain = scalar.style == YAML_PLAIN_SCALAR_STYLE
                let isNull = plain && ["", "~", "null", "Null", "NULL"].contains(text)
                try add(.scalar(text, isNull: isNull, mark))
            case YAML_SEQUENCE_START_EVENT:
                try refuse(anchor: event.data.sequence_start.anchor, tag: event.data.sequence_start.tag, at: mark)
                try open(.sequence([], mark), at: mark)
            case YAML_MAPPING_START_EVENT:
                try refuse(anchor: event.data.mapping_start.anchor, tag: event.data.mapping_start.tag, at: mark)
                try open(.mapping([], pendingKey: nil, seen: [], mark), at: mark)
            case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
                guard let frame = stack.popLast() else { break }
                switch frame {
                case .sequence(let items, let start): try add(.sequence(items, start))
                case .mapping(let entries, _, _, let start): try add(.mapping(entries, start))
                }
            default:
                break
            }
            return false
        }

        private mutating func open(_ frame: Frame, at mark: SourceMark) throws(Problem) {
            if stack.count >= limits.maxDepth {
                throw Problem(mark: mark, message: "nesting deeper than \(limits.maxDepth) levels; flatten the structure")
            }
            if case .mapping(_, .none, _, _)? = stack.last {
                throw Problem(mark: mark, message: "a mapping key must be a plain name; use a simple word before ':'")
            }
            try countNode(at: mark)
            stack.append(frame)
        }

        private mutating func countNode(at mark: SourceMark) throws(Problem) {
            count += 1
            if count > limits.maxNodes {
                throw Problem(mark: mark, message: "more than \(limits.maxNodes) values in one file; split it into smaller files")
            }
        }

        /// Attaches a finished node to its parent (as a key, a value or a list item).
        private mutating func add(_ node: YAMLNode) throws(Problem) {
            if case .scalar = node { try countNode(at: node.mark) }
            guard let top = stack.popLast() else {
                root = node
                return
            }
            switch top {
            case .sequence(var items, let start):
                items.append(node)
                stack.append(.sequence(items, start))
            case .mapping(var entries, let pending, var seen, let start):
                if let (key, keyMark) = pending {
                    entries.append(YAMLEntry(key: key, keyMark: keyMark, value: node))
                    stack.append(.mapping(entries, pendingKey: nil, seen: seen, start))
                } else {
                    guard case .scalar(let key, _, let keyMark) = node else {
                        throw Problem(mark: node.mark, message: "a mapping key must be a plain name; use a simple word before ':'")
                    }
                    guard seen.insert(key).inserted else {
                        throw Problem(mark: keyMark, message: "duplicate key '\(key)' in one mapping; keep one")
                    }
                    stack.append(.mapping(entries, pendingKey: (key, keyMark), seen: seen, start))
                }
            }
        }

        private func refuse(anchor: UnsafeMutablePointer<yaml_char_t>?, tag: UnsafeMutablePointer<yaml_char_t>?,
                            at mark: SourceMark) throws(Problem) {
            if anchor != nil {
                throw Problem(mark: mark, message: "YAML anchors and aliases (&name, *name) are not allowed; write the value out")
            }
            guard let tag else { return }
            let name = String(cString: UnsafeRawPointer(tag).assumingMemoryBound(to: CChar.self))
            let core = ["str", "int", "float", "bool", "null", "map", "seq"].map { "tag:yaml.org,2002:" + $0 }
            if !core.contains(name) && name != "!" {
                throw Problem(mark: mark, message: "YAML tag '\(name)' is not allowed; remove it")
            }
        }
    }
}
