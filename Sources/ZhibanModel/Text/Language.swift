/// The language zhiban speaks to its user: the interface and the explanations it shows.
public enum Language: String, Sendable, Hashable, CaseIterable {
    /// Chinese (the default, unless the locale names another language).
    case zh
    /// English.
    case en

    /// The language of the user's locale: the first of `LC_ALL`, `LC_MESSAGES` and `LANG` that is
    /// set (as POSIX orders them) decides. Chinese unless that locale names another language:
    /// `C`, `POSIX` and `C.UTF-8` (what most servers have) name none, so they give Chinese, as
    /// does no locale at all; `en_US.UTF-8` or any other language gives English.
    public static func fromEnvironment(_ environment: [String: String]) -> Language {
        for name in ["LC_ALL", "LC_MESSAGES", "LANG"] {
            if let value = environment[name], !value.isEmpty {
                return namedLanguage(inLocale: value) ?? .zh
            }
        }
        return .zh
    }

    /// The language a locale name names (`en_GB.UTF-8` → English, `zh_CN` → Chinese), or nil
    /// for `C` and `POSIX` with any codeset or modifier.
    private static func namedLanguage(inLocale locale: String) -> Language? {
        let code = locale.prefix { $0.isLetter }.lowercased()
        switch code {
        case "", "c", "posix": return nil
        case "zh": return .zh
        default: return .en
        }
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
