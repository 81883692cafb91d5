public import FranceRelanceModel

extension FTAPRules {
  /// `ftap.projectType`: « Ce guichet accepte 3 types de projets (ou des projets qui sont
  /// une combinaison de plusieurs de ces 3 types) » (seed 004).
  ///
  /// A data-provision project must name at least one channel (« Il s'agira de projets : de
  /// mise à disposition de données au grand public (open data), de partage de données
  /// entre administrations (API) ou d'espace commun de données », and the files of the
  /// indicators sentence): open data, API, files or data space (design v2 §5).
  ///
  /// A project that combines data provision with another type still qualifies through the
  /// other type when its provision part names no channel, keeps its data inside the
  /// ministry or does not yet say which channels it uses: « des projets qui sont une
  /// combinaison de plusieurs de ces 3 types » are accepted, and the other type is one of
  /// the three. The message says that the provision label alone does not apply.
  ///
  /// Messages, rendered from the decision's figures:
  /// - Satisfied: the type, or the types the project combines; for a combination whose
  ///   provision part does not qualify, that the other types qualify it and why the
  ///   provision label does not apply.
  /// - Violated: that the dossier declares none of the three types, or a data-provision
  ///   project that names no channel or keeps its data inside the producing ministry.
  /// - Missing input: the project types; for a data-provision project that names no
  ///   channel yet, the channels not answered.
  public enum ProjectType: RuleDefinition {
    /// What the rule saw.
    public enum Figures: Sendable, Hashable {
      /// The declared types (none, for a violation).
      case types(EnumSet<FTAPProjectType>)
      /// A data-provision project whose four channels are all answered « non ».
      case noChannel(EnumSet<FTAPProjectType>)
      /// A data-provision project whose data stays inside the producing ministry.
      case internalOnly(EnumSet<FTAPProjectType>)
      /// A combination whose provision part does not qualify (for the reason given), so
      /// that only its other types do.
      case otherTypesOnly(EnumSet<FTAPProjectType>, ProvisionGap)
    }

    /// Why the provision part of a combined project does not qualify it.
    public enum ProvisionGap: Sendable, Hashable {
      /// The four channels are all answered « non ».
      case noChannel
      /// The data stays inside the producing ministry.
      case internalOnly
      /// No channel is named yet and some are not answered.
      case channelsUnknown
    }

    /// The rule book.
    public typealias Book = FTAPRules
    /// `ftap.projectType`.
    public static let id: RuleIdentifier = "ftap.projectType"
    /// The sentence that lists the types.
    public static func citations(_ parameters: FTAPParameters) -> [Citation] {
      [
        Citation(
          .ftapDataGuichet, at: "Objet du projet",
          quoting:
            "Ce guichet accepte 3 types de projets (ou des projets qui sont une combinaison de plusieurs de ces 3 types)"
        ),
        Citation(
          .ftapDataGuichet,
          at:
            "Pour les projets de création ou amélioration de la mise à disposition de données à des tiers externes au ministère",
          quoting:
            "Il s'agira de projets : - de mise à disposition de données au grand public (open data), - de partage de données entre administrations (API) - ou d'espace commun de données pour partager des données entre acteurs."
        ),
        FTAPGuichet.externalRecipientsCitation,
      ]
    }
    /// The channels' sentence decides a provision project with no channel; the sentence on
    /// third parties outside the ministry decides one whose data stays inside; the sentence
    /// on the three types (and their combinations) decides the rest.
    public static func decidingCitation(_ decision: Decision<Figures, FTAPField>, _ context: Context) -> Int {
      switch decision {
      case .violated(.noChannel): 1
      case .missing(let fields) where !fields.contains(.projectTypes): 1
      case .violated(.internalOnly): 2
      default: 0
      }
    }
    /// The project types and, for a data-provision project, its channels.
    public static var inputs: EnumSet<FTAPField> {
      [.projectTypes, .openData, .api, .files, .dataSpace, .externalRecipients]
    }

    /// Files count as a channel: the text's indicators speak of « une mise à disposition
    /// par fichiers ».
    public static func interpretation(_ parameters: FTAPParameters) -> String? {
      "Un projet de mise à disposition de données doit nommer au moins un canal : open data, API, fichiers (les indicateurs parlent d'« une mise à disposition par fichiers ») ou espace commun de données. Un projet qui les écarte tous ne met rien à disposition. Ses données vont « à des tiers (administrations, grand public...) externes au ministère producteur » : un dossier qui déclare qu'elles restent dans le ministère n'est pas de ce type ; sans réponse, les canaux (open data, partage entre administrations) sont lus comme tournés vers l'extérieur."
    }

    /// « Au moins un des trois types de projet ».
    public static func title(_ parameters: FTAPParameters) -> String {
      "Au moins un des trois types de projet, et un canal pour une mise à disposition"
    }

    /// The decision: at least one type; a data-provision project names a channel.
    @inlinable @inline(__always)
    public static func decide(_ dossier: borrowing FTAPDossier, _ context: Context) -> Decision<Figures, FTAPField> {
      guard let types = dossier.projectTypes else { return .missingField(.projectTypes) }
      guard !types.isEmpty else { return .violated(.types(types)) }
      guard types.contains(.dataProvision) else { return .satisfied(.types(types)) }
      let provision = dossier.dataProvision
      let openData = provision?.openData
      let api = provision?.api
      let files = provision?.files
      let dataSpace = provision?.dataSpace
      // A combination qualifies through its other types whatever its provision part.
      let combined = types.count > 1
      if openData == true || api == true || files == true || dataSpace == true {
        guard provision?.externalRecipients == false else { return .satisfied(.types(types)) }
        return combined ? .satisfied(.otherTypesOnly(types, .internalOnly)) : .violated(.internalOnly(types))
      }
      var missing = EnumSet<FTAPField>()
      if openData == nil { missing.insert(.openData) }
      if api == nil { missing.insert(.api) }
      if files == nil { missing.insert(.files) }
      if dataSpace == nil { missing.insert(.dataSpace) }
      if combined { return .satisfied(.otherTypesOnly(types, missing.isEmpty ? .noChannel : .channelsUnknown)) }
      return missing.isEmpty ? .violated(.noChannel(types)) : .missing(missing)
    }

    /// The French message.
    public static func message(_ kind: Outcome.Kind, _ figures: Figures, _ context: Context) -> String {
      switch figures {
      case .otherTypesOnly(let types, let gap):
        var others = types
        others.remove(.dataProvision)
        let reason =
          switch gap {
          case .noChannel:
            "le dossier n'en nomme aucun canal (ni open data, ni API, ni fichiers, ni espace commun de données)"
          case .internalOnly: "ses données restent dans le ministère producteur"
          case .channelsUnknown: "le dossier ne dit pas encore par quel canal les données seront mises à disposition"
          }
        return (others.count > 1 ? "Projet de types " : "Projet de type ")
          + others.map { "« " + $0.shortName + " »" }.joined(separator: ", ")
          + " : le type « " + FTAPProjectType.dataProvision.shortName + " » ne s'applique pas, " + reason
          + ", mais la combinaison est admise par ses autres types."
      case .internalOnly:
        return
          "Projet de mise à disposition dont les données restent dans le ministère producteur : le texte vise des tiers externes au ministère."
      case .noChannel:
        return
          "Projet de mise à disposition de données qui ne nomme aucun canal : ni open data, ni API, ni fichiers, ni espace commun de données."
      case .types(let types):
        guard kind == .satisfied else { return "Le dossier ne déclare aucun des trois types de projet." }
        return (types.count > 1 ? "Projet combinant les types " : "Projet de type ")
          + types.map { "« " + $0.shortName + " »" }.joined(separator: ", ") + "."
      }
    }
  }
}
