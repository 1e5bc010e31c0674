import Foundation
import XCTest

/// The quick tier: `ZHIBAN_QUICK=1 swift test` leaves out the slow proofs for daily work: the
/// runs of 1,000 kills (during a save, an import, a rotate and the interface's save), the
/// headless Chromium print, the 20,000-volunteer import, the 100 MB sheet and the release build
/// of the install script. Without it, as `.ci/run` and the README's test command run, every
/// test runs.
public enum TestTier {
    /// Whether this run is the quick tier.
    public static var isQuick: Bool { ProcessInfo.processInfo.environment["ZHIBAN_QUICK"] == "1" }

    /// Skips the calling test in the quick tier; `proof` says what it would have shown.
    public static func skipIfQuick(_ proof: String) throws {
        if isQuick { throw XCTSkip("slow proof left out by ZHIBAN_QUICK=1: \(proof)") }
    }
}
