import Testing
@testable import relance
@Test func spike() { #expect(RelanceTool.answer() == 42) }
