public import FranceRelanceModel

extension FTAPRules {
  /// `ftap.size`: « Taille attendue des projets : Entre 100 000 € et 1M€ » (seed 004).
  ///
  /// Reading `ftap.size.bounds`: outside the bounds (included), `guidance` (the default,
  /// « Taille **attendue** ») gives undetermined and `hard` violated.
  ///
  /// Messages, rendered from the decision's figures:
  /// - Satisfied: the total cost and the two bounds.
  /// - Violated (`hard`): the total cost and the floor or ceiling it misses.
  /// - Undetermined (`guidance`): the same, and that the expected size, read as guidance, does not settle eligibility.
  /// - Missing input: the total cost.
  public enum Size: RuleDefinition {
    /// The rule book.
    public typealias Book = FTAPRules
    /// `ftap.size`.
    public static let id: RuleIdentifier = "ftap.size"
    /// The expected size.
    public static func citations(_ parameters: FTAPParameters) -> [Citation] {
      [FTAPEdition.guichet2023.minimumSize.periods[0].citation]
    }
    /// `ftap.size.bounds`.
    public static func reading(_ parameters: FTAPParameters) -> ReadingIdentifier? { .ftapSizeBounds }
    /// The total cost.
    public static var inputs: EnumSet<FTAPField> { [.totalCost] }
    /// `ftap.size.minimum` and `ftap.size.maximum`.
    public static var parameterIDs: [String] {
      [FTAPEdition.Parameter.minimumSize.rawValue, FTAPEdition.Parameter.maximumSize.rawValue]
    }

    /// « Coût total entre … et … ».
    public static func title(_ parameters: FTAPParameters) -> String {
      "Coût total entre " + parameters.minimumSize.description + " et " + parameters.maximumSize.description
    }

    /// « Entre … et … » read bounds included, the size as the total cost.
    public static func interpretation(_ parameters: FTAPParameters) -> String? {
      "« Entre … et … » est lu bornes comprises : " + parameters.minimumSize.description + " et "
        + parameters.maximumSize.description
        + " sont admis. La « taille » d'un projet est lue comme son coût total."
    }

    /// The decision.
    @inlinable @inline(__always)
    public static func decide(_ dossier: borrowing FTAPDossier, _ context: Context) -> Decision<Euros, FTAPField> {
      decide(total: dossier.basics.totalCost, context)
    }

    /// The decision on a total cost: what ``decide(_:_:)`` reads of the dossier, so that a
    /// remedy's new total is checked by the same decision.
    @inlinable @inline(__always)
    public static func decide(total: Euros?, _ context: Context) -> Decision<Euros, FTAPField> {
      guard let total else { return .missingField(.totalCost) }
      let p = context.parameters
      if total >= p.minimumSize && total <= p.maximumSize { return .satisfied(total) }
      switch context.readings.sizeBounds {
      case .hard: return .violated(total)
      case .guidance: return .undetermined(total)
      }
    }

    /// The French message.
    public static func message(_ kind: Outcome.Kind, _ total: Euros, _ context: Context) -> String {
      let p = context.parameters
      let position =
        total < p.minimumSize
        ? "est inférieur au plancher de " + p.minimumSize.description
        : total > p.maximumSize
          ? "dépasse le plafond de " + p.maximumSize.description
          : "est compris entre " + p.minimumSize.description + " et " + p.maximumSize.description
      let sentence = "Le coût total (" + total.description + ") " + position
      guard kind == .undetermined else { return sentence + "." }
      return sentence
        + " ; la taille attendue étant lue comme une indication, le texte ne tranche pas l'éligibilité de ce dossier."
    }
  }
}
