extension RelanceRules {
  /// `relance.cofinancing.rate`: « Financement du projet à hauteur de 75% des projets. »
  /// (seed 003).
  ///
  /// The slide speaks of the « AAP »: at the continuous window, which is not a call for
  /// projects, the rate binds only under `relance.continu.terms = applied`; by default the
  /// rule is undetermined there, whatever the request.
  ///
  /// Messages, rendered from the decision's figures:
  /// - Satisfied or violated: the request, the rate, the total cost and the limit (`RateLimitFigures`).
  /// - Undetermined (continuous window): the same figures, and that the texts give the rate for the calls only.
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
    /// `relance.continu.terms` at the continuous window.
    public static func reading(_ parameters: RelanceParameters) -> ReadingIdentifier? {
      parameters.call == .continuous ? .relanceContinuTerms : nil
    }
    /// The total cost and the request.
    public static var inputs: EnumSet<RelanceField> { [.totalCost, .requestedCoFinancing] }
    /// `relance.cofinancing.maxRate`.
    public static var parameterIDs: [String] { [RelanceEdition.Parameter.coFinancingRate.rawValue] }

    /// « Cofinancement d'au plus … du coût total ».
    public static func title(_ parameters: RelanceParameters) -> String {
      "Cofinancement d'au plus " + parameters.coFinancingRate.description + " du coût total"
    }

    /// « À hauteur de » read as a cap; at the continuous window, reading
    /// `relance.continu.terms`.
    public static func interpretation(_ parameters: RelanceParameters) -> String? {
      let rate = parameters.coFinancingRate.description
      return "« À hauteur de " + rate
        + " des projets » est lu comme un plafond : le cofinancement demandé ne dépasse pas "
        + rate
        + " du coût total du projet, arrondi au centime inférieur. La diapositive vise les appels à projets : au guichet continu, qu'elle ne nomme pas, le plafond relève de la lecture relance.continu.terms (indéterminé par défaut)."
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
      let decision: Decision<Figures, RelanceField> = RateLimitFigures.decide(
        total: dossier.basics.totalCost, requested: dossier.basics.requestedCoFinancing,
        rate: context.parameters.coFinancingRateApplier, totalField: .totalCost, requestField: .requestedCoFinancing)
      guard case .continuous = context.parameters.call, case .undetermined = context.readings.continuousTerms,
        let figures = decision.figures
      else { return decision }
      return .undetermined(figures)
    }

    /// The French message.
    public static func message(_ kind: Outcome.Kind, _ figures: Figures, _ context: Context) -> String {
      guard kind == .undetermined else { return figures.message(kind, rate: context.parameters.coFinancingRate) }
      return "Le cofinancement demandé (" + figures.requested.description + ") pour un coût total de "
        + figures.total.description + " : la diapositive fixe " + context.parameters.coFinancingRate.description
        + " pour les appels à projets ; les textes ne disent pas si ce taux vaut au guichet continu."
    }
  }
}
