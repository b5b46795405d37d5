/// The three fields of a `.npy` header dict, parsed from its Python literal text.
struct NPYHeader {
    var descr: String
    var fortranOrder: Bool
    var shape: [Int]

    /// Parses `{'descr': '<f4', 'fortran_order': False, 'shape': (2, 3), }` (keys in any order).
    static func parse(_ text: String) throws(NPYError) -> NPYHeader {
        var scanner = NPYScanner(Array(text.unicodeScalars))
        try scanner.expect("{")
        var descr: String?, fortran: Bool?, shape: [Int]?
        while !scanner.take("}") {
            let key = try scanner.string()
            try scanner.expect(":")
            switch key {
            case "descr": descr = try scanner.string()
            case "fortran_order": fortran = try scanner.boolean()
            case "shape": shape = try scanner.tuple()
            default: throw .malformedHeader("unexpected key '\(key)'")
            }
            if !scanner.take(",") {
                try scanner.expect("}")
                break
            }
        }
        guard let descr, let fortran, let shape else {
            throw .malformedHeader("needs the keys descr, fortran_order and shape")
        }
        return NPYHeader(descr: descr, fortranOrder: fortran, shape: shape)
    }
}

/// A cursor over the header's characters that reads the few Python literal forms headers use.
struct NPYScanner {
    let chars: [Unicode.Scalar]
    var at = 0

    init(_ chars: [Unicode.Scalar]) { self.chars = chars }

    mutating func skipSpace() {
        while at < chars.count, chars[at] == " " || chars[at] == "\n" || chars[at] == "\t" { at += 1 }
    }

    /// Consumes `symbol` (after spaces) if it is next.
    mutating func take(_ symbol: Unicode.Scalar) -> Bool {
        skipSpace()
        guard at < chars.count, chars[at] == symbol else { return false }
        at += 1
        return true
    }

    mutating func expect(_ symbol: Unicode.Scalar) throws(NPYError) {
        guard take(symbol) else { throw .malformedHeader("expected '\(symbol)' at offset \(at)") }
    }

    /// A quoted string ('…' or "…", no escapes).
    mutating func string() throws(NPYError) -> String {
        skipSpace()
        guard at < chars.count, chars[at] == "'" || chars[at] == "\"" else {
            throw .malformedHeader("expected a quoted string at offset \(at)")
        }
        let quote = chars[at]
        at += 1
        var out = String.UnicodeScalarView()
        while at < chars.count, chars[at] != quote {
            out.append(chars[at])
            at += 1
        }
        guard at < chars.count else { throw .malformedHeader("unterminated string") }
        at += 1
        return String(out)
    }

    mutating func boolean() throws(NPYError) -> Bool {
        skipSpace()
        for (word, value) in [("True", true), ("False", false)] {
            let scalars = Array(word.unicodeScalars)
            if at + scalars.count <= chars.count, Array(chars[at..<(at + scalars.count)]) == scalars {
                at += scalars.count
                return value
            }
        }
        throw .malformedHeader("expected True or False at offset \(at)")
    }

    /// A tuple of non-negative integers: `()`, `(5,)`, `(2, 3)`.
    mutating func tuple() throws(NPYError) -> [Int] {
        try expect("(")
        var values: [Int] = []
        while !take(")") {
            values.append(try integer())
            if !take(",") {
                try expect(")")
                break
            }
        }
        return values
    }

    mutating func integer() throws(NPYError) -> Int {
        skipSpace()
        var value = 0
        let start = at
        while at < chars.count, let digit = Int(String(chars[at])), ("0"..."9").contains(chars[at]) {
            let (next, overflow) = value.multipliedReportingOverflow(by: 10)
            guard !overflow, next <= Int.max - digit else { throw .malformedHeader("shape extent is too large") }
            value = next + digit
            at += 1
        }
        guard at > start else { throw .malformedHeader("expected a non-negative integer at offset \(at)") }
        return value
    }
}
