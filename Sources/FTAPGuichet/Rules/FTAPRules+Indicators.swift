public import FranceRelanceModel

extension FTAPRules {
  /// `ftap.indicators`: « Indicateurs obligatoires liés au projet » (seed 004): « Pour les
  /// projets portant sur l'administration proactive, les indicateurs suivants seront
  /// obligatoires : … », and the same for data-provision projects. (The deployment
  /// strategy toward the milestones of these indicators is ``DeploymentStrategy``.)
  ///
  /// The dossier plans every mandatory indicator of its project types (reading
  /// `ftap.indicators.reuses` for the number of reuses).
  ///
  /// Messages, rendered from the decision's figures:
  /// - Satisfied: the mandatory indicators by their French titles, or that the project types have none.
  /// - Violated: the mandatory indicators not planned, by their French titles.
  /// - Missing input: the project types, the channels that decide the indicators, or the planned indicators.
  public enum Indicators: RuleDefinition {
    /// The mandatory indicators and those the dossier does not plan.
    public struct Figures: Sendable, Hashable {
      /// The mandatory indicators.
      public let mandatory: EnumSet<FTAPIndicator>
      /// The mandatory indicators not planned.
      public let absent: EnumSet<FTAPIndicator>

      /// Creates figures.
      @inlinable
      public init(mandatory: EnumSet<FTAPIndicator>, absent: EnumSet<FTAPIndicator>) {
        self.mandatory = mandatory
        self.absent = absent
      }
    }

    /// The rule book.
    public typealias Book = FTAPRules
    /// `ftap.indicators`.
    public static let id: RuleIdentifier = "ftap.indicators"
    /// Each mandatory indicator's sentence.
    public static func citations(_ parameters: FTAPParameters) -> [Citation] {
      FTAPIndicator.allCases.map(\.citation)
    }
    /// `ftap.indicators.reuses`.
    public static func reading(_ parameters: FTAPParameters) -> ReadingIdentifier? { .ftapIndicatorsReuses }
    /// The types, the channels and the planned indicators.
    public static var inputs: EnumSet<FTAPField> { [.projectTypes, .openData, .api, .files, .plannedIndicators] }

    /// « Indicateurs obligatoires prévus ».
    public static func title(_ parameters: FTAPParameters) -> String { "Indicateurs obligatoires prévus" }

    /// Every mandatory indicator of the project's types must be planned.
    public static func interpretation(_ parameters: FTAPParameters) -> String? {
      "Le dossier doit prévoir chaque indicateur obligatoire de ses types de projet ; un projet d'amélioration d'une politique publique n'en a aucun. Le délai d'accès s'applique à toute mise à disposition, le nombre de transmissions à une API."
    }

    /// The mandatory indicators of a dossier, or the fields that would decide them.
    @inlinable @inline(__always)
    public static func mandatory(_ dossier: borrowing FTAPDossier, _ readings: FTAPReadings) -> Result<
      EnumSet<FTAPIndicator>, MissingFields
    > {
      mandatory(types: dossier.projectTypes, provision: dossier.dataProvision, readings)
    }

    /// The mandatory indicators of the project types and channels, or the fields that
    /// would decide them.
    @inlinable @inline(__always)
    public static func mandatory(
      types: EnumSet<FTAPProjectType>?, provision: DataProvision?, _ readings: FTAPReadings
    ) -> Result<EnumSet<FTAPIndicator>, MissingFields> {
      guard let types else { return .failure(MissingFields(EnumSet(.projectTypes))) }
      var set = EnumSet<FTAPIndicator>()
      if types.contains(.proactiveAdministration) {
        set.insert(.proactiveBeneficiaries)
        set.insert(.proactiveConversionRate)
      }
      if types.contains(.dataProvision) {
        let files = provision?.files
        let openData: Bool?
        switch readings.reuses {
        case .files: openData = false
        case .filesOrOpenData: openData = provision?.openData
        }
        let api = provision?.api
        var missing = EnumSet<FTAPField>()
        let reuses = files == true || openData == true
        if !reuses {
          if files == nil { missing.insert(.files) }
          if openData == nil { missing.insert(.openData) }
        }
        if api == nil { missing.insert(.api) }
        guard missing.isEmpty else { return .failure(MissingFields(missing)) }
        if reuses { set.insert(.provisionReuses) }
        if api == true { set.insert(.provisionTransmissions) }
        set.insert(.provisionAccessDelay)
      }
      return .success(set)
    }

    /// The decision.
    @inlinable @inline(__always)
    public static func decide(_ dossier: borrowing FTAPDossier, _ context: Context) -> Decision<Figures, FTAPField> {
      switch mandatory(dossier, context.readings) {
      case .failure(let missing): return .missing(missing.fields)
      case .success(let mandatory):
        if mandatory.isEmpty { return .satisfied(Figures(mandatory: mandatory, absent: [])) }
        guard let planned = dossier.plannedIndicators else { return .missingField(.plannedIndicators) }
        let absent = mandatory.subtracting(planned)
        let figures = Figures(mandatory: mandatory, absent: absent)
        return absent.isEmpty ? .satisfied(figures) : .violated(figures)
      }
    }

    /// The French message.
    public static func message(_ kind: Outcome.Kind, _ f: Figures, _ context: Context) -> String {
      if f.mandatory.isEmpty { return "Aucun indicateur obligatoire pour ce type de projet." }
      if kind == .satisfied {
        return "Les indicateurs obligatoires sont prévus : "
          + f.mandatory.map { "« " + $0.frenchName + " »" }
          .joined(separator: ", ") + "."
      }
      return (f.absent.count == 1 ? "Indicateur obligatoire non prévu : " : "Indicateurs obligatoires non prévus : ")
        + f.absent.map { "« " + $0.frenchName + " »" }.joined(separator: ", ") + "."
    }
  }

  /// Fields whose absence keeps a value from being decided: a plain bit set.
  public struct MissingFields: Error, Sendable, Hashable {
    /// The fields.
    public let fields: EnumSet<FTAPField>

    /// Creates the value.
    @inlinable
    public init(_ fields: EnumSet<FTAPField>) { self.fields = fields }
  }
}
