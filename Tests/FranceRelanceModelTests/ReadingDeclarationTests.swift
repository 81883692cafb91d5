import Testing

@testable import FranceRelanceModel

/// A reading set with one variant stored beside other fields (read and written at its
/// offset) and one computed from other storage (read and written through its key path).
private struct SampleReadings: ReadingSet {
  typealias Parameters = Int

  enum Colour: String, ReadingVariant { case red, green, blue }
  enum Size: String, ReadingVariant { case small, large }

  var name = "ensemble"
  var colour: Colour = .red
  var sizes: [Size] = [.small]
  var size: Size {
    get { sizes[0] }
    set { sizes[0] = newValue }
  }

  static let declarations: [ReadingDeclaration<SampleReadings>] = [
    .init("sample.colour", at: \.colour, question: "Quelle couleur ?", citations: []) { variant, _ in variant.rawValue
    },
    .init("sample.size", at: \.size, question: "Quelle taille ?", citations: []) { variant, _ in variant.rawValue },
  ]
}

@Suite("Reading declarations")
struct ReadingDeclarationTests {
  @Test("A stored variant and a computed one are read and chosen alike, other fields untouched")
  func storedAndComputed() throws {
    var readings = SampleReadings()
    #expect(readings.applied.map(\.variant) == ["red", "small"])
    #expect(readings.applied.map(\.isDefault) == [true, true])
    try readings.choose("sample.colour", "blue")
    try readings.choose("sample.size", "large")
    #expect(readings.colour == .blue)
    #expect(readings.sizes == [.large])
    #expect(readings.name == "ensemble")
    #expect(readings.applied.map(\.variant) == ["blue", "large"])
    #expect(readings.applied.map(\.isDefault) == [false, false])
  }

  @Test("The alternatives change one reading each, from the variants in force")
  func alternatives() {
    var readings = SampleReadings()
    readings.colour = .green
    let alternatives = readings.alternatives
    #expect(
      alternatives.map { "\($0.choice.id)=\($0.choice.variant)" } == [
        "sample.colour=red", "sample.colour=blue", "sample.size=large",
      ])
    #expect(alternatives.map(\.readings.colour) == [.red, .blue, .green])
    #expect(alternatives.map(\.readings.size) == [.small, .small, .large])
    #expect(alternatives.map(\.choice.isDefault) == [true, false, false])
    #expect(alternatives.allSatisfy { $0.readings.name == "ensemble" })
  }
}
