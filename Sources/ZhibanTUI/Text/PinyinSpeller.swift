import Foundation
import ZhibanModel

/// Spells Chinese text in toneless pinyin for search: 王中理 → `wangzhongli`, initials `wzl`.
///
/// Foundation's transliteration is slow (tens of microseconds a call), so each character is
/// spelled once and remembered; a district of 17,000 names uses a few thousand characters.
public struct PinyinSpeller: Sendable {
    private var syllables: [Character: String] = [:]

    /// A speller with nothing remembered yet.
    public init() {}

    /// The full spelling (syllables run together) and the initials of `text`, both lowercase.
    /// Latin letters and digits are kept as they are (lowercased); other characters are left out.
    public mutating func spell(_ text: String) -> (full: String, initials: String) {
        var full = ""
        var initials = ""
        for character in text {
            if character.isASCII {
                guard character.isLetter || character.isNumber else { continue }
                let lower = character.lowercased()
                full += lower
                initials += lower
            } else {
                let syllable = self.syllable(for: character)
                full += syllable
                initials += syllable.prefix(1)
            }
        }
        return (full, initials)
    }

    private mutating func syllable(for character: Character) -> String {
        if let known = syllables[character] { return known }
        let latin = String(character).applyingTransform(.mandarinToLatin, reverse: false)
            .flatMap { $0.applyingTransform(.stripDiacritics, reverse: false) } ?? ""
        let letters = String(latin.lowercased().filter { $0.isASCII && ($0.isLetter || $0.isNumber) })
        syllables[character] = letters
        return letters
    }
}
