public import FranceRelanceModel

extension FTAPRules {
  /// `ftap.window`: « Ouverture: Janvier 2023 » … « Date de clôture du guichet : Fin 2025 »
  /// (seed 004).
  ///
  /// Satisfied when the dossier is filed within the edition's window; violated before its
  /// earliest opening or after its latest closing. When the text gives only the month of
  /// opening, a filing in that month before its last day depends on the reading
  /// `ftap.window.opening`: undetermined (default) or satisfied (`monthStart`). « Fin 2025 »
  /// gives the closing to the month: a filing in December 2025 after its first day depends
  /// on `ftap.window.closing`: undetermined (default) or satisfied (`yearEnd`).
  ///
  /// Messages, rendered from the decision's figures:
  /// - Satisfied: the filing date and the window, and whether the text gives only the opening month.
  /// - Undetermined: the filing date, in the opening or closing month whose day the text does not give.
  /// - Violated: the filing date, before the opening or after the closing.
  /// - Missing input: the filing date.
  public enum Window: RuleDefinition {
    /// Where the filing date falls.
    public typealias Figures = FilingPosition

    /// The rule book.
    public typealias Book = FTAPRules
    /// `ftap.window`.
    public static let id: RuleIdentifier = "ftap.window"
    /// The sentences of the opening and the closing.
    public static func citations(_ parameters: FTAPParameters) -> [Citation] {
      [FTAPEdition.openingCitation, FTAPEdition.closingCitation]
    }
    /// The filing date.
    public static var inputs: EnumSet<FTAPField> { [.filedOn] }

    /// « Dépôt pendant l'ouverture du guichet ».
    public static func title(_ parameters: FTAPParameters) -> String { "Dépôt pendant l'ouverture du guichet" }

    /// How the window's ends are read.
    public static func interpretation(_ parameters: FTAPParameters) -> String? {
      let window = parameters.window
      var text = "La fenêtre va " + window.frenchDescription + ", dernier jour inclus"
      if window.opening.precision != .day {
        text +=
          " ; le texte ne donnant que le mois d'ouverture (" + window.opening.frenchDescription
          + "), un dépôt ce mois-là avant son dernier jour relève de la lecture ftap.window.opening"
      }
      if window.closing.precision != .day {
        text +=
          " ; le texte ne donnant pas le jour de clôture (" + window.closing.frenchDescription
          + "), un dépôt ce mois-là relève de la lecture ftap.window.closing"
      }
      return text + "."
    }

    /// `ftap.window.opening` and `ftap.window.closing`, for each end the text gives
    /// without its day.
    public static func readings(_ parameters: FTAPParameters) -> [ReadingIdentifier] {
      (parameters.window.opening.precision == .day ? [] : [.ftapWindowOpening])
        + (parameters.window.closing.precision == .day ? [] : [.ftapWindowClosing])
    }

    /// The closing sentence decides a filing after the closing or in the closing month; the
    /// opening sentence decides the rest.
    public static func decidingCitation(_ decision: Decision<Figures, FTAPField>, _ context: Context) -> Int {
      guard let date = decision.figures?.date else { return 0 }
      return date > context.parameters.earliestClosing ? 1 : 0
    }

    /// The decision.
    @inlinable @inline(__always)
    public static func decide(_ dossier: borrowing FTAPDossier, _ context: Context) -> Decision<Figures, FTAPField> {
      guard let filed = dossier.basics.filedOn else { return .missingField(.filedOn) }
      // DateWindow.position(of:), on the bounds the parameters computed once.
      let p = context.parameters
      if filed < p.earliestOpening { return .violated(.before(filed)) }
      if filed > p.latestClosing { return .violated(.after(filed)) }
      // Before the last possible opening day, the filing may precede the opening.
      if filed < p.latestOpening, case .undetermined = context.readings.windowOpening {
        return .undetermined(.within(filed, certainly: false))
      }
      // After the first possible closing day, the filing may follow the closing.
      if filed > p.earliestClosing, case .undetermined = context.readings.windowClosing {
        return .undetermined(.within(filed, certainly: false))
      }
      return .satisfied(.within(filed, certainly: filed >= p.latestOpening && filed <= p.earliestClosing))
    }

    /// The French message.
    public static func message(_ kind: Outcome.Kind, _ figures: Figures, _ context: Context) -> String {
      let window = context.parameters.window
      switch figures {
      case .before(let filed):
        return
          "Dossier déposé le \(filed.frenchDescription), avant l'ouverture du guichet (\(window.opening.frenchDescription))."
      case .after(let filed), .withinReportedClosing(let filed, _):
        return
          "Dossier déposé le \(filed.frenchDescription), après la clôture du guichet (\(window.closing.frenchDescription))."
      case .within(let filed, _) where kind == .undetermined && filed > context.parameters.earliestClosing:
        return
          "Dossier déposé le \(filed.frenchDescription), pendant le mois de clôture du guichet (\(window.closing.frenchDescription)) : le texte ne donne pas le jour de clôture, le dépôt a pu la suivre."
      case .within(let filed, _) where kind == .undetermined:
        return
          "Dossier déposé le \(filed.frenchDescription), pendant le mois d'ouverture du guichet (\(window.opening.frenchDescription)) : le texte ne donne pas le jour d'ouverture, le dépôt a pu le précéder."
      case .within(let filed, let certainly):
        let uncertainty =
          certainly
          ? "."
          : filed > context.parameters.earliestClosing
            ? " ; le texte ne donne pas le jour de clôture, lu comme son dernier jour (ftap.window.closing)."
            : " ; le texte ne donne que le mois d'ouverture, lu comme ouvert dès son premier jour (ftap.window.opening)."
        return
          "Dossier déposé le \(filed.frenchDescription), pendant l'ouverture du guichet (\(window.frenchDescription))\(uncertainty)"
      }
    }
  }
}
