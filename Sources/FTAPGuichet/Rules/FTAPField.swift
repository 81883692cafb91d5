public import FranceRelanceModel

/// The fields of an FTAP dossier, declared once: JSON path and French label.
///
/// Rules name the fields they read and lack with it; findings print the labels.
public enum FTAPField: String, DossierField {
  /// Date de dépôt.
  case filedOn
  /// Nature du porteur.
  case applicantKind = "applicant.kind"
  /// Types de projet.
  case projectTypes
  /// Coût total du projet.
  case totalCost
  /// Dépenses de personnel (Titre 2).
  case personnelCost
  /// Cofinancement demandé.
  case requestedCoFinancing
  /// Durée du projet en mois.
  case durationMonths
  /// Date de démarrage.
  case startDate
  /// Mise à disposition en open data.
  case openData = "dataProvision.openData"
  /// Partage par API.
  case api = "dataProvision.api"
  /// Mise à disposition par fichiers.
  case files = "dataProvision.files"
  /// Espace commun de données.
  case dataSpace = "dataProvision.dataSpace"
  /// Engagement : codes sources en open source.
  case openSource = "commitments.openSource"
  /// Engagement : accessibilité.
  case accessibility = "commitments.accessibility"
  /// Engagement : éco-responsabilité.
  case ecoResponsibility = "commitments.ecoResponsibility"
  /// Engagement : référencement sur api.gouv.fr.
  case apiGouvReferencing = "commitments.apiGouvReferencing"
  /// Engagement : référencement sur data.gouv.fr.
  case dataGouvReferencing = "commitments.dataGouvReferencing"
  /// Indicateurs prévus.
  case plannedIndicators
  /// Modèle de mesure de l'impact.
  case impactModel
  /// Stratégie de déploiement.
  case deploymentStrategy = "deployment.strategy"
  /// Jalons des indicateurs retenus.
  case deploymentTargets = "deployment.targets"
  /// Traitement de données personnelles.
  case personalDataProcessed = "personalData.processed"
  /// Base juridique du traitement.
  case personalDataLegalBasis = "personalData.legalBasis"
  /// Destinataires hors du ministère producteur.
  case externalRecipients = "dataProvision.externalRecipients"

  /// The field's position, for `EnumSet`.
  @inlinable
  public var position: Int {
    switch self {
    case .filedOn: 0
    case .applicantKind: 1
    case .projectTypes: 2
    case .totalCost: 3
    case .personnelCost: 4
    case .requestedCoFinancing: 5
    case .durationMonths: 6
    case .startDate: 7
    case .openData: 8
    case .api: 9
    case .files: 10
    case .dataSpace: 11
    case .openSource: 12
    case .accessibility: 13
    case .ecoResponsibility: 14
    case .apiGouvReferencing: 15
    case .dataGouvReferencing: 16
    case .plannedIndicators: 17
    case .impactModel: 18
    case .deploymentStrategy: 19
    case .deploymentTargets: 20
    case .personalDataProcessed: 21
    case .personalDataLegalBasis: 22
    case .externalRecipients: 23
    }
  }

  /// The French label.
  public var label: String {
    switch self {
    case .filedOn: "date de dépôt"
    case .applicantKind: "nature du porteur"
    case .projectTypes: "types de projet"
    case .totalCost: "coût total du projet"
    case .personnelCost: "dépenses de personnel (Titre 2)"
    case .requestedCoFinancing: "cofinancement demandé"
    case .durationMonths: "durée du projet"
    case .startDate: "date de démarrage"
    case .openData: "mise à disposition en open data"
    case .api: "partage par API"
    case .files: "mise à disposition par fichiers"
    case .dataSpace: "espace commun de données"
    case .openSource: "engagement de publier les codes sources en open source"
    case .accessibility: "engagement d'accessibilité"
    case .ecoResponsibility: "engagement d'éco-responsabilité"
    case .apiGouvReferencing: "engagement de référencement sur api.gouv.fr"
    case .dataGouvReferencing: "engagement de référencement sur data.gouv.fr"
    case .plannedIndicators: "indicateurs prévus"
    case .impactModel: "modèle de mesure de l'impact"
    case .deploymentStrategy: "stratégie de déploiement"
    case .deploymentTargets: "cibles des indicateurs retenus à chaque jalon de 6 mois"
    case .personalDataProcessed: "traitement de données personnelles ou sensibles"
    case .personalDataLegalBasis: "base juridique du traitement de données personnelles"
    case .externalRecipients: "destinataires des données hors du ministère producteur"
    }
  }

  /// The field that records a commitment's answer.
  @inlinable
  public static func commitment(_ commitment: FTAPCommitment) -> FTAPField {
    switch commitment {
    case .openSource: .openSource
    case .accessibility: .accessibility
    case .ecoResponsibility: .ecoResponsibility
    case .apiGouvReferencing: .apiGouvReferencing
    case .dataGouvReferencing: .dataGouvReferencing
    }
  }
}
