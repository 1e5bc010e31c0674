import Foundation

/// Spreadsheets of a city district's duty (the scale in the design notes: a district with 751
/// grid branches and 17,000+ party members), generated with a fixed pattern.
enum DistrictSheet {
    /// `volunteers.csv` with `count` volunteers in teams of 100 (each team keeps 4 checkpoints).
    static func volunteers(_ count: Int, longName: String? = nil) -> String {
        var lines = ["姓名,手机,党员,所属队伍,职务,技能,不能值班,备注"]
        lines.reserveCapacity(count + 1)
        for index in 0..<count {
            let team = "第\(index / 100 + 1)网格党支部"
            let role = index % 100 == 0 ? "支部书记" : (index % 10 == 0 ? "楼栋长" : "")
            let skills = ["登记;测温", "驾驶", "", "搬运;配送"][index % 4]
            let unavailable = ["", "周六", "夜班", "2022-04-\(10 + index % 20)"][index % 4]
            let name = index == 0 ? (longName ?? "网格员00000") : String(format: "网格员%05d", index)
            lines.append("\(name),1\(String(format: "%010d", 3_900_000_000 + index)),\(index % 3 == 0 ? "否" : "是"),\(team),\(role),\(skills),\(unavailable),")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// `shifts.csv`: day and night.
    static let shifts = "班次,开始,结束\n白班,08:00,20:00\n夜班,20:00,08:00\n"

    /// `checkpoints.csv`: four checkpoints per team of `volunteers`.
    static func checkpoints(forVolunteers count: Int) -> String {
        var lines = ["卡口,所属小区,开放时间,班次,每班人数,要求,值守队伍,后备队伍"]
        for team in 1...max(1, count / 100) {
            for gate in ["东门", "南门", "西门", "北门"] {
                lines.append("第\(team)网格\(gate),第\(team)网格小区,00:00-24:00,白班;夜班,2,党员:1,第\(team)网格党支部,")
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
