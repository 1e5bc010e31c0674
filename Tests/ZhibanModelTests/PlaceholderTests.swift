import XCTest
@testable import ZhibanModel
final class PlaceholderTests: XCTestCase { func testNothingYet() {} }
