import Foundation
import ZhibanModel

/// The text of `--help`, the man page and completions: `中文 / English` by default (the
/// organizer and a helper who reads only English both find their way), English alone in an
/// English locale. Help is made before `--lang` is parsed, so the locale alone decides.
enum HelpText {
    /// Whether help is English alone.
    static let englishOnly = Language.fromEnvironment(ProcessInfo.processInfo.environment) == .en

    /// One help text: `zh / en`, or `en` alone.
    static func text(_ zh: String, _ en: String) -> String {
        englishOnly ? en : "\(zh) / \(en)"
    }

    /// A discussion: the Chinese paragraph, then the English one (or the English alone).
    static func paragraphs(_ zh: String, _ en: String) -> String {
        englishOnly ? en : "\(zh)\n\(en)"
    }
}
