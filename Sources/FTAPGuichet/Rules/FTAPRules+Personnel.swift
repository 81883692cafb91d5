public import FranceRelanceModel

extension FTAPRules {
  /// `ftap.cofinancing.personnel`: « Les dépenses de personnel (Titre 2) peuvent être
  /// prises en compte dans la part financée par l'administration porteuse (reprendre les
  /// éléments de la DITP sur le sujet) » (seed 004, note 1).
  ///
  /// Reading `ftap.cofinancing.personnel`: under `letter` (the default), the note sets no
  /// cap (satisfied for a State administration, not applicable otherwise) and the
  /// personnel cost is not a required input; under `notCoFinanced`, a State
  /// administration's request is at most the total cost minus personnel costs, and the
  /// rule is not applicable to a public operator (Titre 2 is the State's personnel
  /// budget).
  ///
  /// Messages, rendered from the decision's figures:
  /// - Satisfied or violated (`notCoFinanced`, State administration): the request, the personnel costs, the total cost and the limit.
  /// - Satisfied (`letter`): that the note sets no cap of its own.
  /// - Not applicable: that the applicant has no Titre 2 budget.
  /// - Missing input: the applicant's kind, or the figures a State administration needs.
  public enum Personnel: RuleDefinition {
    /// What the decision saw.
    public enum Figures: Sendable, Hashable {
      /// The applicant has no Titre 2 budget (not a State administration).
      case noTitre2(ApplicantKind)
      /// The note read literally: no cap of its own.
      case letter
      /// The request against the total cost minus personnel costs.
      case capped(requested: Euros, personnel: Euros, total: Euros, limit: Euros)
    }

    /// The rule book.
    public typealias Book = FTAPRules
    /// `ftap.cofinancing.personnel`.
    public static let id: RuleIdentifier = "ftap.cofinancing.personnel"
    /// The Titre 2 note.
    public static func citations(_ parameters: FTAPParameters) -> [Citation] { [FTAPReadings.personnelCitation] }
    /// `ftap.cofinancing.personnel`.
    public static func reading(_ parameters: FTAPParameters) -> ReadingIdentifier? { .ftapCofinancingPersonnel }
    /// The applicant, the costs and the request.
    public static var inputs: EnumSet<FTAPField> {
      [.applicantKind, .totalCost, .personnelCost, .requestedCoFinancing]
    }

    /// « Dépenses de personnel (Titre 2) dans la part de l'administration ».
    public static func title(_ parameters: FTAPParameters) -> String {
      "Dépenses de personnel (Titre 2) dans la part de l'administration"
    }

    /// The limit that personnel costs leave: total cost minus personnel costs (negative
    /// when they exceed the total).
    @inlinable @inline(__always)
    public static func limit(total: Euros, personnel: Euros) -> Euros {
      // Both are within ±10¹² €: the difference is within the representable range of
      // Int64 cents, and a negative limit is a violated one.
      Euros(uncheckedCents: total.cents - personnel.cents)
    }

    /// The decision.
    @inlinable @inline(__always)
    public static func decide(_ dossier: borrowing FTAPDossier, _ context: Context) -> Decision<Figures, FTAPField> {
      decide(
        applicant: dossier.basics.applicant?.kind, total: dossier.basics.totalCost,
        personnel: dossier.basics.personnelCost, requested: dossier.basics.requestedCoFinancing, context)
    }

    /// The decision on the applicant's kind and the figures: what ``decide(_:_:)`` reads
    /// of the dossier, so that a remedy's new figures are checked by the same decision.
    @inlinable @inline(__always)
    public static func decide(
      applicant: ApplicantKind?, total: Euros?, personnel: Euros?, requested: Euros?, _ context: Context
    ) -> Decision<Figures, FTAPField> {
      guard let kind = applicant else { return .missingField(.applicantKind) }
      // Pattern matching, not `==`: on an enum with String raw values `==` may compare
      // the raw strings, which the verdict path cannot afford.
      guard case .stateAdministration = kind else { return .notApplicable(.noTitre2(kind)) }
      guard case .notCoFinanced = context.readings.personnel else { return .satisfied(.letter) }
      guard let total, let personnel, let requested else {
        var missing = EnumSet<FTAPField>()
        if total == nil { missing.insert(.totalCost) }
        if personnel == nil { missing.insert(.personnelCost) }
        if requested == nil { missing.insert(.requestedCoFinancing) }
        return .missing(missing)
      }
      let limit = limit(total: total, personnel: personnel)
      let figures = Figures.capped(requested: requested, personnel: personnel, total: total, limit: limit)
      return requested <= limit ? .satisfied(figures) : .violated(figures)
    }

    /// The French message.
    public static func message(_ kind: Outcome.Kind, _ figures: Figures, _ context: Context) -> String {
      switch figures {
      case .noTitre2(let applicant):
        return "Le porteur (" + applicant.frenchName
          + ") n'est pas une administration de l'État : le Titre 2 est le budget de personnel de l'État, la note ne le concerne pas."
      case .letter:
        return
          "La note permet de compter les dépenses de personnel (Titre 2) dans la part de l'administration ; elle ne fixe pas de plafond propre."
      case .capped(let requested, let personnel, let total, let limit):
        let figures =
          "Le cofinancement demandé (" + requested.description + ") et les dépenses de personnel ("
          + personnel.description + ")"
        return kind == .satisfied
          ? figures + " tiennent dans le coût total (" + total.description
            + ") : les dépenses de personnel restent dans la part de l'administration."
          : figures + " dépassent ensemble le coût total (" + total.description
            + ") : le cofinancement ne peut excéder " + (limit < .zero ? Euros.zero : limit).description + "."
      }
    }
  }
}
