extension RelanceRules {
  /// `relance.cofinancing.rate`: « Financement du projet à hauteur de 75% des projets. »
  /// (seed 003).
  ///
  /// Messages, rendered from the decision's figures:
  /// - Satisfied or violated: the request, the rate, the total cost and the limit (`RateLimitFigures`).
  /// - Missing input: the total cost or the request.
  public enum CoFinancingRate: RuleDefinition {
    /// The request and its limit.
    public typealias Figures = RateLimitFigures

    /// The rule book.
    public typealias Book = RelanceRules
    /// `relance.cofinancing.rate`.
    public static let id: RuleIdentifier = "relance.cofinancing.rate"
    /// The slide of the co-financing.
    public static func citations(_ parameters: RelanceParameters) -> [Citation] {
      [RelancePlan.coFinancingRate.periods[0].citation]
    }
    /// The total cost and the request.
    public static var inputs: EnumSet<RelanceField> { [.totalCost, .requestedCoFinancing] }

    /// « Cofinancement d'au plus … du coût total ».
    public static func title(_ parameters: RelanceParameters) -> String {
      "Cofinancement d'au plus " + parameters.coFinancingRate.description + " du coût total"
    }

    /// « À hauteur de » read as a cap, also applied to the continuous window.
    public static func interpretation(_ parameters: RelanceParameters) -> String? {
      let rate = parameters.coFinancingRate.description
      return "« À hauteur de " + rate
        + " des projets » est lu comme un plafond : le cofinancement demandé ne dépasse pas "
        + rate
        + " du coût total du projet, arrondi au centime inférieur. La diapositive vise les appels à projets ; le plafond est aussi appliqué au guichet continu, qui relève du même volet et dont les textes ne fixent pas d'autre taux."
    }

    /// The largest request the rate admits for a total cost, rounded down to the cent.
    @inlinable @inline(__always)
    public static func limit(_ total: Euros, _ parameters: RelanceParameters) -> Euros {
      RateLimitFigures.limit(total, rate: parameters.coFinancingRateApplier)
    }

    /// The decision.
    @inlinable @inline(__always)
    public static func decide(_ dossier: borrowing RelanceDossier, _ context: Context) -> Decision<
      Figures, RelanceField
    > {
      RateLimitFigures.decide(
        total: dossier.basics.totalCost, requested: dossier.basics.requestedCoFinancing,
        rate: context.parameters.coFinancingRateApplier, totalField: .totalCost, requestField: .requestedCoFinancing)
    }

    /// The French message.
    public static func message(_ kind: Outcome.Kind, _ figures: Figures, _ context: Context) -> String {
      figures.message(kind, rate: context.parameters.coFinancingRate)
    }
  }
}
