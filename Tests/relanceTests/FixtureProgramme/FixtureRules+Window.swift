import FranceRelanceModel

extension FixtureRules {
  /// `fixture.window`: « Les dossiers sont déposés du 1er mars 2026 au 30 juin 2026. »
  /// The whole declaration of a rule: identifier, title, sentence, input, decision, message.
  enum Window: RuleDefinition {
    typealias Book = FixtureRules
    typealias Figures = Void

    static let id: RuleIdentifier = "fixture.window"
    static func title(_ parameters: FixtureParameters) -> String { "Dépôt dans la fenêtre de l'appel" }
    static func citations(_ parameters: FixtureParameters) -> [Citation] { [FixtureText.window] }
    static var inputs: EnumSet<FixtureField> { [.filedOn] }

    static func decide(_ dossier: borrowing FixtureDossier, _ context: Context) -> Decision<Void, FixtureField> {
      guard let day = dossier.filedOn else { return .missing([.filedOn]) }
      return context.parameters.window.contains(day) ? .satisfied(()) : .violated(())
    }

    static func message(_ kind: Outcome.Kind, _ figures: Void, _ context: Context) -> String {
      switch kind {
      case .satisfied: "Le dossier est déposé dans la fenêtre de l'appel."
      case .violated: "Le dossier est déposé hors de la fenêtre de l'appel (1er mars – 30 juin 2026)."
      default: "La date de dépôt manque."
      }
    }
  }
}
