public import FranceRelanceModel

extension FTAPRules {
  /// What a referencing rule saw: the shared figures of `ftap.referencing.api` and
  /// `ftap.referencing.dataGouv`.
  public enum ReferencingFigures: Sendable, Hashable {
    /// Not a data-provision project, under `ftap.referencing.scope = dataProvisionOnly`.
    case notProvisionProject
    /// Not a data-provision project, and no data provided to third parties declared.
    case noDataDeclared
    /// The project does not use the channel.
    case channelUnused
    /// The commitment is taken.
    case committed
    /// The commitment is refused.
    case refused
  }

  /// The decision of a referencing rule: not applicable unless the project provides data
  /// through `channel`, then the commitment's answer (reading `ftap.referencing.scope`).
  @inlinable @inline(__always)
  static func referencing(
    _ dossier: borrowing FTAPDossier, _ context: Context, uses channel: Bool?, field: FTAPField,
    commitment: FTAPCommitment
  ) -> Decision<ReferencingFigures, FTAPField> {
    guard let types = dossier.projectTypes else { return .missingField(.projectTypes) }
    if !types.contains(.dataProvision) {
      guard case .allProjects = context.readings.referencingScope else { return .notApplicable(.notProvisionProject) }
      // Not a data-provision project: an undeclared channel means no data provided.
      guard channel == true else { return .notApplicable(.noDataDeclared) }
    }
    switch channel {
    case nil: return .missingField(field)
    case false?: return .notApplicable(.channelUnused)
    case true?:
      switch dossier.commitments?[commitment] {
      case nil: return .missingField(FTAPField.commitment(commitment))
      case true?: return .satisfied(.committed)
      case false?: return .violated(.refused)
      }
    }
  }

  /// The French message of a referencing rule.
  static func referencingMessage(_ figures: ReferencingFigures, channel: String, commitment: FTAPCommitment) -> String {
    switch figures {
    case .notProvisionProject: "Le projet n'est pas un projet de mise à disposition de données."
    case .noDataDeclared:
      "Le projet n'est pas de mise à disposition et ne déclare pas " + channel
        + " : il est lu comme ne fournissant pas de données à des tiers."
    case .channelUnused: "Le projet ne prévoit pas " + channel + "."
    case .committed: "Engagement pris : " + commitment.pledge + "."
    case .refused: "Engagement refusé : " + commitment.pledge + "."
    }
  }

  /// `ftap.referencing.api`: « Si le projet s'incarne via des API, leur référencement dans
  /// api.gouv.fr est une obligation » (seed 004).
  ///
  /// Messages, rendered from the decision's figures:
  /// - Satisfied or violated: the referencing commitment taken or refused, named by what it commits to.
  /// - Not applicable: the project does not use the channel, or (under `allProjects`) is not a data-provision project and declares no data for third parties, or (under `dataProvisionOnly`) is not a data-provision project.
  /// - Missing input: the project types, the channel, or the commitment.
  public enum APIReferencing: RuleDefinition {
    /// The rule book.
    public typealias Book = FTAPRules
    /// `ftap.referencing.api`.
    public static let id: RuleIdentifier = "ftap.referencing.api"
    /// The referencing principle.
    public static func citations(_ parameters: FTAPParameters) -> [Citation] {
      [FTAPCommitment.apiGouvReferencing.citation]
    }
    /// `ftap.referencing.scope`.
    public static func reading(_ parameters: FTAPParameters) -> ReadingIdentifier? { .ftapReferencingScope }
    /// The types, the API channel and the commitment.
    public static var inputs: EnumSet<FTAPField> { [.projectTypes, .api, .apiGouvReferencing] }

    /// « Référencement des API sur api.gouv.fr ».
    public static func title(_ parameters: FTAPParameters) -> String { "Référencement des API sur api.gouv.fr" }

    /// The decision.
    @inlinable @inline(__always)
    public static func decide(_ dossier: borrowing FTAPDossier, _ context: Context) -> Decision<
      ReferencingFigures, FTAPField
    > {
      referencing(dossier, context, uses: dossier.dataProvision?.api, field: .api, commitment: .apiGouvReferencing)
    }

    /// The French message.
    public static func message(_ kind: Outcome.Kind, _ figures: ReferencingFigures, _ context: Context) -> String {
      referencingMessage(figures, channel: "de partage par API", commitment: .apiGouvReferencing)
    }
  }

  /// `ftap.referencing.dataGouv`: « si le projet implique de la mise en open data, le
  /// référencement des données dans data.gouv.fr est obligatoire. »
  /// (seed 004).
  ///
  /// Messages, rendered from the decision's figures:
  /// - Satisfied or violated: the referencing commitment taken or refused, named by what it commits to.
  /// - Not applicable: the project does not use the channel, or (under `allProjects`) is not a data-provision project and declares no data for third parties, or (under `dataProvisionOnly`) is not a data-provision project.
  /// - Missing input: the project types, the channel, or the commitment.
  public enum DataGouvReferencing: RuleDefinition {
    /// The rule book.
    public typealias Book = FTAPRules
    /// `ftap.referencing.dataGouv`.
    public static let id: RuleIdentifier = "ftap.referencing.dataGouv"
    /// The referencing principle.
    public static func citations(_ parameters: FTAPParameters) -> [Citation] {
      [FTAPCommitment.dataGouvReferencing.citation]
    }
    /// `ftap.referencing.scope`.
    public static func reading(_ parameters: FTAPParameters) -> ReadingIdentifier? { .ftapReferencingScope }
    /// The types, the open-data channel and the commitment.
    public static var inputs: EnumSet<FTAPField> { [.projectTypes, .openData, .dataGouvReferencing] }

    /// « Référencement des données ouvertes sur data.gouv.fr ».
    public static func title(_ parameters: FTAPParameters) -> String {
      "Référencement des données ouvertes sur data.gouv.fr"
    }

    /// The decision.
    @inlinable @inline(__always)
    public static func decide(_ dossier: borrowing FTAPDossier, _ context: Context) -> Decision<
      ReferencingFigures, FTAPField
    > {
      referencing(
        dossier, context, uses: dossier.dataProvision?.openData, field: .openData, commitment: .dataGouvReferencing)
    }

    /// The French message.
    public static func message(_ kind: Outcome.Kind, _ figures: ReferencingFigures, _ context: Context) -> String {
      referencingMessage(figures, channel: "de mise à disposition en open data", commitment: .dataGouvReferencing)
    }
  }
}
