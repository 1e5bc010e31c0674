import ZhibanModel
import ZhibanStorage

extension BundledExample {
    /// The message for a name that is no bundled example, listing the ones there are.
    static func unknownMessage(_ name: String, _ language: Language) -> String {
        let known = allCases.map(\.rawValue)
        return Localized("没有名为“\(name)”的示例；可选：\(known.joined(separator: "、"))",
                         "there is no example called “\(name)”; there are: \(known.joined(separator: ", "))")(language)
    }
}
