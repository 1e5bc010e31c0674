/// The language zhiban speaks to its user: the interface and the explanations it shows.
public enum Language: String, Sendable, Hashable, CaseIterable {
    /// Chinese (the default in a zh_* locale).
    case zh
    /// English.
    case en

    /// The language of the user's locale: Chinese when `LC_ALL`, `LC_MESSAGES` or `LANG` (the
    /// first one set, as POSIX orders them) starts with `zh`, English otherwise.
    public static func fromEnvironment(_ environment: [String: String]) -> Language {
        for name in ["LC_ALL", "LC_MESSAGES", "LANG"] {
            if let value = environment[name], !value.isEmpty {
                return value.lowercased().hasPrefix("zh") ? .zh : .en
            }
        }
        return .en
    }
}

/// A piece of text for the user, in both languages.
public struct Localized: Hashable, Sendable {
    /// The Chinese text.
    public var zh: String
    /// The English text.
    public var en: String

    /// Creates a text in both languages.
    public init(_ zh: String, _ en: String) {
        self.zh = zh
        self.en = en
    }

    /// The text in one language.
    public func callAsFunction(_ language: Language) -> String {
        switch language {
        case .zh: return zh
        case .en: return en
        }
    }
}
