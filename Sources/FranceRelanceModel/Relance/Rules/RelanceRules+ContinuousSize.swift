extension RelanceRules {
  /// `relance.continu.size`: « Un guichet en continu sur l'année 2021 pour les projets de
  /// moins de 100 000 euros ouvre le 1er février 2021 » (seed 001).
  ///
  /// Reading `relance.continu.size.base`: the total cost (default) or the co-financing
  /// requested is below the limit.
  ///
  /// Messages, rendered from the decision's figures:
  /// - Satisfied or violated: the measured amount (total cost or request, after the reading) and the limit.
  /// - Not applicable: that the rule concerns only the continuous window.
  /// - Missing input: the measured amount.
  public enum ContinuousSize: RuleDefinition {
    /// What was measured, or why the rule does not apply.
    public enum Figures: Sendable, Hashable {
      /// The dossier is not filed in the continuous window.
      case otherCall(RelanceCall)
      /// The measured amount.
      case measured(Euros)
    }

    /// The rule book.
    public typealias Book = RelanceRules
    /// `relance.continu.size`.
    public static let id: RuleIdentifier = "relance.continu.size"
    /// The sentence of seed 001.
    public static func citations(_ parameters: RelanceParameters) -> [Citation] {
      [RelancePlan.continuousWindowSizeLimit.periods[0].citation]
    }
    /// Only the continuous window's condition.
    public static func applies(_ parameters: RelanceParameters) -> Bool { parameters.call == .continuous }
    /// `relance.continu.size.base`, at the continuous window.
    public static func reading(_ parameters: RelanceParameters) -> ReadingIdentifier? {
      parameters.call == .continuous ? .relanceContinuSizeBase : nil
    }
    /// The total cost or the request.
    public static var inputs: EnumSet<RelanceField> { [.totalCost, .requestedCoFinancing] }
    /// `relance.continu.size.limit`.
    public static var parameterIDs: [String] { [RelanceEdition.Parameter.continuousSizeLimit.rawValue] }

    /// « Guichet continu : projet de moins de … ».
    public static func title(_ parameters: RelanceParameters) -> String {
      "Guichet continu : projet de moins de " + parameters.continuousSizeLimit.description
    }

    /// The decision.
    @inlinable @inline(__always)
    public static func decide(_ dossier: borrowing RelanceDossier, _ context: Context) -> Decision<
      Figures, RelanceField
    > {
      let p = context.parameters
      guard case .continuous = p.call else { return .notApplicable(.otherCall(p.call)) }
      let byRequest: Bool
      switch context.readings.continuousSizeBase {
      case .totalCost: byRequest = false
      case .requestedCoFinancing: byRequest = true
      }
      guard let amount = byRequest ? dossier.basics.requestedCoFinancing : dossier.basics.totalCost else {
        return .missing(byRequest ? [.requestedCoFinancing] : [.totalCost])
      }
      return amount < p.continuousSizeLimit ? .satisfied(.measured(amount)) : .violated(.measured(amount))
    }

    /// The French message.
    public static func message(_ kind: Outcome.Kind, _ figures: Figures, _ context: Context) -> String {
      let limit = context.parameters.continuousSizeLimit.description
      switch figures {
      case .otherCall(let call): return "Ne concerne que le guichet continu, pas le " + call.shortName + "."
      case .measured(let amount):
        let what =
          context.readings.continuousSizeBase == .totalCost ? "Le coût total (" : "Le cofinancement demandé ("
        return kind == .satisfied
          ? what + amount.description + ") est inférieur à " + limit + "."
          : what + amount.description + ") n'est pas inférieur à " + limit
            + " : le guichet continu finance des projets de moins de " + limit + "."
      }
    }
  }
}
