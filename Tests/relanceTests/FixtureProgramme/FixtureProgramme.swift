import FranceRelanceModel

/// A programme declared outside the package, as a service would: one rule, its own text,
/// registered with one line (`registry.register(FixtureProgramme())`).
struct FixtureProgramme: RuleBasedProgramme {
  typealias Book = FixtureRules
  typealias Dossier = FixtureDossier

  static let window = ScheduledWindow(
    try! DateWindow(
      from: CalendarDate(uncheckedYear: 2026, month: 3, day: 1),
      through: CalendarDate(uncheckedYear: 2026, month: 6, day: 30)),
    citations: [FixtureText.window])

  var identifier: ProgrammeIdentifier { "fixture-appel-2026" }
  var title: String { "Appel fictif" }
  var editionName: String { "2026" }
  var parameters: FixtureParameters { FixtureParameters(window: Self.window.window) }
  var window: ScheduledWindow { Self.window }
  var windowRule: RuleIdentifier { FixtureRules.Window.id }
  var parameterDescriptions: [ParameterDescription] { [] }
  var grantEnvelope: Envelope? { nil }
  var dossierFormat: ObjectFormat { DossierBasics.format(programme: [identifier.rawValue]) }
  var referenceSections: [ReferenceSection] { [] }
  var aidScheme: AidScheme {
    AidScheme(
      id: "00000000-0000-8000-8000-000000000900", title: title, promise: "Un appel fictif.",
      description: "Un appel fictif pour les tests.", eligibility: [], aidTypes: ["subvention"], carriers: [],
      parentProgrammes: [], opening: Self.window.window.opening.earliest, closing: Self.window.window.closing.latest,
      updated: CalendarDate(uncheckedYear: 2026, month: 3, day: 1))
  }

  func dossier(from document: JSONDocument) throws(InterchangeError) -> FixtureDossier {
    let object = try JSONObjectReader(document, at: .root, keys: dossierFormat.keys)
    guard case .string(identifier.rawValue)? = object.value("programme") else {
      throw InterchangeError(.invalid("« " + identifier.rawValue + " » attendu"), at: FieldPath("programme"))
    }
    return FixtureDossier(basics: try DossierBasics(reading: object))
  }
}
