public import FranceRelanceModel

extension FTAPRules {
  /// `ftap.cofinancing.rate`: « Le cofinancement ne dépassera pas 50% du coût total du
  /// projet, 50% restant à la charge de l'administration porteuse du projet » (seed 004).
  public enum CoFinancingRate: RuleDefinition {
    /// The request and its limit.
    public struct Figures: Sendable, Hashable {
      /// The co-financing requested.
      public let requested: Euros
      /// The total cost.
      public let total: Euros
      /// The rate applied to the total cost, rounded down to the cent.
      public let limit: Euros

      /// Creates figures.
      @inlinable
      public init(requested: Euros, total: Euros, limit: Euros) {
        self.requested = requested
        self.total = total
        self.limit = limit
      }
    }

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
      // A rate of at most 100 % of an amount within the limit stays within the limit.
      parameters.coFinancingRate.appliedIfRepresentable(to: total) ?? .zero
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
      guard let total, let requested else {
        var missing = EnumSet<FTAPField>()
        if total == nil { missing.insert(.totalCost) }
        if requested == nil { missing.insert(.requestedCoFinancing) }
        return .missing(missing)
      }
      let figures = Figures(requested: requested, total: total, limit: limit(total, context.parameters))
      return requested <= figures.limit ? .satisfied(figures) : .violated(figures)
    }

    /// The French message.
    public static func message(_ kind: Outcome.Kind, _ f: Figures, _ context: Context) -> String {
      "Le cofinancement demandé (" + f.requested.description + ")"
        + (kind == .satisfied ? " ne dépasse pas " : " dépasse ") + context.parameters.coFinancingRate.description
        + " du coût total de " + f.total.description + ", soit " + f.limit.description + "."
    }
  }
}
