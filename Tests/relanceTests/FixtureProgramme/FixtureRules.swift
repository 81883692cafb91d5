import FranceRelanceModel

/// The rule book of the fixture programme: one rule.
enum FixtureRules: RuleBook {
  typealias Dossier = FixtureDossier
  typealias Field = FixtureField
  typealias Parameters = FixtureParameters
  typealias Readings = FixtureReadings

  static var emptyDossier: FixtureDossier { FixtureDossier() }

  /// Visits the one rule.
  static func forEachRule<V: RuleVisitor<FixtureRules>>(
    _ dossier: borrowing FixtureDossier, _ context: Context, _ visitor: inout V
  ) {
    visitor.visit(Window.self, dossier, context)
  }

  /// The fixture fixes no money.
  static func cap(_ dossier: borrowing FixtureDossier, _ context: Context) -> Euros? { nil }

  /// The fixture fixes no money.
  static func coFinancing(_ dossier: borrowing FixtureDossier, _ context: Context) -> CoFinancing? { nil }

  /// No remedy: a filing date cannot be changed.
  static func remedies(_ dossier: FixtureDossier, _ context: Context, kinds: OutcomeKinds) -> (
    remedies: [Remedy], suffice: Bool?
  ) { ([], nil) }
}
