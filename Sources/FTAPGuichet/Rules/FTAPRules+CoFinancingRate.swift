public import FranceRelanceModel

extension FTAPRules {
  /// `ftap.cofinancing.rate`: « Le cofinancement ne dépassera pas 50% du coût total du
  /// projet, 50% restant à la charge de l'administration porteuse du projet » (seed 004).
  ///
  /// Messages, rendered from the decision's figures:
  /// - Satisfied or violated: the request, the rate, the total cost and the limit (`RateLimitFigures`).
  /// - Missing input: the total cost or the request.
  public enum CoFinancingRate: RuleDefinition {
    /// The request and its limit.
    public typealias Figures = RateLimitFigures

    /// The rule book.
    public typealias Book = FTAPRules
    /// `ftap.cofinancing.rate`.
    public static let id: RuleIdentifier = "ftap.cofinancing.rate"
    /// The co-financing rule.
    public static func citations(_ parameters: FTAPParameters) -> [Citation] {
      [FTAPEdition.guichet2023.coFinancingRate.periods[0].citation]
    }
    /// The total cost and the request.
    public static var inputs: EnumSet<FTAPField> { [.totalCost, .requestedCoFinancing] }
    /// `ftap.cofinancing.maxRate`.
    public static var parameterIDs: [String] { [FTAPEdition.Parameter.coFinancingRate.rawValue] }

    /// « Cofinancement d'au plus … du coût total ».
    public static func title(_ parameters: FTAPParameters) -> String {
      "Cofinancement d'au plus " + parameters.coFinancingRate.description + " du coût total"
    }

    /// The cap rounds down; the effective rate may be lower.
    public static func interpretation(_ parameters: FTAPParameters) -> String? {
      "Le plafond de " + parameters.coFinancingRate.description
        + " du coût total est arrondi au centime inférieur, pour ne jamais être dépassé. Le taux effectif, discuté en amont avec la DINUM, peut être plus bas."
    }

    /// The largest request the rate admits for a total cost, rounded down to the cent.
    @inlinable @inline(__always)
    public static func limit(_ total: Euros, _ parameters: FTAPParameters) -> Euros {
      RateLimitFigures.limit(total, rate: parameters.coFinancingRateApplier)
    }

    /// The decision.
    @inlinable @inline(__always)
    public static func decide(_ dossier: borrowing FTAPDossier, _ context: Context) -> Decision<Figures, FTAPField> {
      decide(total: dossier.basics.totalCost, requested: dossier.basics.requestedCoFinancing, context)
    }

    /// The decision on a total cost and a request: what ``decide(_:_:)`` reads of the
    /// dossier, so that a remedy's new figures are checked by the same decision.
    @inlinable @inline(__always)
    public static func decide(total: Euros?, requested: Euros?, _ context: Context) -> Decision<Figures, FTAPField> {
      RateLimitFigures.decide(
        total: total, requested: requested, rate: context.parameters.coFinancingRateApplier, totalField: .totalCost,
        requestField: .requestedCoFinancing)
    }

    /// The French message.
    public static func message(_ kind: Outcome.Kind, _ figures: Figures, _ context: Context) -> String {
      figures.message(kind, rate: context.parameters.coFinancingRate)
    }
  }
}
