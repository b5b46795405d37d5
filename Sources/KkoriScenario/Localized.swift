/// A language the interview can be held in.
public enum Language: String, Sendable, Hashable, Codable, CaseIterable {
    /// Korean.
    case ko
    /// English.
    case en
}

/// A text given in both interview languages; scenarios must always provide both.
public struct Localized: Sendable, Hashable, Codable {
    /// The Korean text.
    public var ko: String
    /// The English text.
    public var en: String

    public init(ko: String, en: String) {
        self.ko = ko
        self.en = en
    }

    /// The text in `language`.
    public subscript(_ language: Language) -> String {
        switch language {
        case .ko: ko
        case .en: en
        }
    }
}

/// Phrases that show a key point or a misconception, per language.
///
/// A phrase is matched loosely by the scorer (spaces removed, particles stripped, small typos
/// tolerated). A phrase written `a & b` needs every part to appear somewhere in the answer.
public struct PhraseSet: Sendable, Hashable, Codable {
    /// Korean phrases (code-mixed terms such as 오버피팅 belong here too).
    public var ko: [String]
    /// English phrases.
    public var en: [String]

    public init(ko: [String], en: [String]) {
        self.ko = ko
        self.en = en
    }

    /// The phrases of `language`.
    public subscript(_ language: Language) -> [String] {
        switch language {
        case .ko: ko
        case .en: en
        }
    }

    /// Every phrase of both languages: answers mix scripts, so the scorer may try all of them.
    public var all: [String] { ko + en }
}
