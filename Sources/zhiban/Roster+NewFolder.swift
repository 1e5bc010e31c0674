import Foundation
import ZhibanModel

extension Roster {
    /// The title of a new roster in `folder`, named after it in the user's language:
    /// `春谷 值班表`, `chungu duty roster`.
    static func defaultTitle(forFolder folder: URL, language: Language) -> String {
        let name = folder.standardizedFileURL.lastPathComponent
        return Localized("\(name) 值班表", "\(name) duty roster")(language)
    }
}
