/// JSON numbers read from bytes, correctly rounded (the same value `Double(String)` and the JSON
/// decoder give), without making a `String` for each: typing records hold thousands of times.
enum DecimalNumber {
    /// Powers of ten that are exact doubles.
    static let exactPowers: [Double] = (0...22).map { exponent in
        var value = 1.0
        for _ in 0..<exponent { value *= 10 }
        return value
    }

    /// The number at the start of `bytes` (JSON grammar) and its length in bytes; nil when there is none.
    static func parse(_ bytes: UnsafeBufferPointer<UInt8>) -> (Double, Int)? {
        var i = 0
        let negative = i < bytes.count && bytes[i] == UInt8(ascii: "-")
        if negative { i += 1 }
        var digits = Digits()
        let integerStart = i
        while i < bytes.count, let digit = digit(bytes[i]) {
            digits.add(digit, fraction: false)
            i += 1
        }
        guard i > integerStart, !(bytes[integerStart] == UInt8(ascii: "0") && i - integerStart > 1) else { return nil }
        if i < bytes.count, bytes[i] == UInt8(ascii: ".") {
            i += 1
            let fractionStart = i
            while i < bytes.count, let digit = digit(bytes[i]) {
                digits.add(digit, fraction: true)
                i += 1
            }
            guard i > fractionStart else { return nil }
        }
        if i < bytes.count, bytes[i] == UInt8(ascii: "e") || bytes[i] == UInt8(ascii: "E") {
            guard let (value, length) = exponentPart(UnsafeBufferPointer(rebasing: bytes[(i + 1)...])) else { return nil }
            digits.exponent += value
            i += 1 + length
        }
        guard let magnitude = digits.exactValue else { return slow(UnsafeBufferPointer(rebasing: bytes[0..<i])).map { ($0, i) } }
        return (negative ? -magnitude : magnitude, i)
    }

    /// Decimal digits gathered as a mantissa (up to 19 significant digits) and a power of ten.
    private struct Digits {
        var mantissa: UInt64 = 0
        var significant = 0
        var exponent = 0

        mutating func add(_ digit: Int, fraction: Bool) {
            if significant < 19 {
                mantissa = mantissa * 10 + UInt64(digit)
                if fraction { exponent -= 1 }
                if mantissa > 0 { significant += 1 }
            } else if !fraction {
                exponent += 1
            }
        }

        /// The value when it is exact by Clinger's fast path: an exact mantissa times or divided by an
        /// exact power of ten rounds correctly in one operation.
        var exactValue: Double? {
            guard significant <= 19, mantissa <= 1 << 53, abs(exponent) <= 22 else { return nil }
            return exponent < 0 ? Double(mantissa) / exactPowers[-exponent] : Double(mantissa) * exactPowers[exponent]
        }
    }

    private static func digit(_ byte: UInt8) -> Int? {
        (0x30...0x39).contains(byte) ? Int(byte - 0x30) : nil
    }

    /// `[+-]digits` after the `e`, and its length.
    private static func exponentPart(_ bytes: UnsafeBufferPointer<UInt8>) -> (Int, Int)? {
        var i = 0
        var sign = 1
        if i < bytes.count, bytes[i] == UInt8(ascii: "+") || bytes[i] == UInt8(ascii: "-") {
            sign = bytes[i] == UInt8(ascii: "-") ? -1 : 1
            i += 1
        }
        let start = i
        var value = 0
        while i < bytes.count, let digit = digit(bytes[i]) {
            value = min(100_000, value * 10 + digit)
            i += 1
        }
        return i > start ? (sign * value, i) : nil
    }

    /// Numbers past the exact fast path: the standard library's correctly rounded conversion (always in
    /// the C locale, whatever locale the terminal set).
    private static func slow(_ bytes: UnsafeBufferPointer<UInt8>) -> Double? {
        Double(String(decoding: bytes, as: UTF8.self))
    }
}

/// UTF-8 validation of a byte range (overlong forms, surrogates and values past U+10FFFF refused).
enum UTF8Check {
    static func isValid(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var i = 0
        let n = bytes.count
        while i < n {
            let lead = bytes[i]
            if lead < 0x80 {
                i += 1
                continue
            }
            let length: Int
            switch lead {
            case 0xC2...0xDF: length = 2
            case 0xE0...0xEF: length = 3
            case 0xF0...0xF4: length = 4
            default: return false
            }
            guard i + length <= n else { return false }
            for k in 1..<length where bytes[i + k] & 0xC0 != 0x80 { return false }
            let second = bytes[i + 1]
            if lead == 0xE0 && second < 0xA0 || lead == 0xED && second >= 0xA0
                || lead == 0xF0 && second < 0x90 || lead == 0xF4 && second >= 0x90 {
                return false
            }
            i += length
        }
        return true
    }
}
