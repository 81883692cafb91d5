/// The readings of the « Cycle de vie de la donnée » calls (design §3).
public struct RelanceReadings: ReadingSet {
  // MARK: Variants

  /// `relance.window.closing`: AAP2 and AAP3, whose texts give only the opening quarter.
  public enum WindowClosing: String, ReadingVariant {
    /// After the quarter, the texts do not say whether the call was still open.
    case undetermined
    /// The call closed at the end of its quarter.
    case quarterEnd
  }

  /// `relance.continu.size.base`: what « projets de moins de 100 000 euros » measures.
  public enum ContinuousSizeBase: String, ReadingVariant {
    /// The project's total cost.
    case totalCost
    /// The co-financing requested.
    case requestedCoFinancing
  }

  /// The parameters the explanations quote.
  public typealias Parameters = RelanceParameters

  // MARK: Stored properties

  /// `relance.window.closing`.
  public var windowClosing: WindowClosing = .undetermined
  /// `relance.continu.size.base`.
  public var continuousSizeBase: ContinuousSizeBase = .totalCost

  /// Every reading at its default.
  public init() {}

  // MARK: Declarations

  /// The two readings, in report order.
  public static let declarations: [ReadingDeclaration<RelanceReadings>] = [
    ReadingDeclaration(
      "relance.window.closing", at: \.windowClosing,
      question: "Quand se clôturent les 2e et 3e appels, dont les textes ne donnent que le trimestre d'ouverture ?",
      citations: [RelanceCall.aap2.envelope.citation!, RelanceCall.aap3.envelope.citation!],
      explanation: { variant, _ in
        switch variant {
        case .undetermined:
          "Les textes ne donnent pas de date de clôture : un dossier déposé après le trimestre d'ouverture est indéterminé (déposé avant, il est hors fenêtre)."
        case .quarterEnd: "L'appel se clôture à la fin de son trimestre : un dossier déposé après est hors fenêtre."
        }
      }),
    ReadingDeclaration(
      "relance.continu.size.base", at: \.continuousSizeBase,
      question: "Que mesure « projets de moins de 100 000 euros » au guichet continu ?",
      citations: [RelancePlan.continuousWindowSizeLimit.periods[0].citation],
      explanation: { variant, p in
        switch variant {
        case .totalCost: "Le coût total du projet est inférieur à " + p.continuousSizeLimit.description + "."
        case .requestedCoFinancing:
          "Le cofinancement demandé est inférieur à " + p.continuousSizeLimit.description + "."
        }
      }),
  ]
}
