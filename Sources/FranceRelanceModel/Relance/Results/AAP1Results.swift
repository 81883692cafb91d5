/// The published results of the first « Cycle de vie de la donnée » call (seed 001,
/// 3 March 2021).
///
/// The funnel: 69 dossiers from 30 administrations in 12 ministries, 33 preselected and
/// heard by a jury, 18 selected. The jury is stated as 15 experts but 16 names are listed:
/// the library keeps both facts (``statedJurySize`` and ``jury``).
public enum AAP1Results {
  // MARK: The funnel

  /// Dossiers filed (dossiers déposés).
  public static let dossiersFiled = 69
  /// Distinct administrations that filed.
  public static let administrations = 30
  /// Ministries those administrations belong to.
  public static let ministries = 12
  /// Dossiers preselected and heard by the jury (présélectionnés).
  public static let preselected = 33
  /// Dossiers selected for co-financing (lauréats).
  public static let selected = 18

  /// The sentence that gives 69, 30, 12 and 18.
  public static let funnelCitation = Citation(
    .relanceResults,
    at:
      "France Relance : Le volet « Développer l’utilisation de la donnée dans votre administration » finance 18 projets",
    quoting:
      "Cet appel a été plébiscité, avec 69 dossiers déposés par 30 administrations différentes, réparties dans 12 ministères. Parmi ces dossiers déposés, 18 ont été sélectionnés pour recevoir un cofinancement."
  )

  /// The sentence that gives 33.
  public static let preselectionCitation = Citation(
    .relanceResults, at: "Un jury pluridisciplinaire pour croiser les regards sur les dossiers",
    quoting:
      "Suite à l’examen par les équipes de la DINUM et de la DITP, 33 dossiers sur les 69 déposés ont été présélectionnés et leurs administrations porteuses auditionnées devant un jury d’experts (entrepreneurs, chercheurs, acteurs publics) spécialisés dans la donnée et la transformation numérique."
  )

  // MARK: The laureates

  private static let supervision =
    "Seed 001 ne nomme que l'administration ; le ministère indiqué est son ministère de tutelle en 2021 (interprétation)."

  /// The interpretation behind a ministry that seed 001 does not name.
  public static let ministryInterpretation = supervision

  private static func laureate(
    _ category: LaureateCategory, _ project: String, _ summary: String?, _ administration: String,
    ministry: String, stated: Bool
  ) -> Laureate {
    Laureate(
      project: project, summary: summary, administration: administration, ministry: ministry,
      ministryIsStated: stated, category: category)
  }

  /// The 18 laureates, in the order of seed 001.
  public static let laureates: [Laureate] = [
    laureate(
      .dataPlatform, "ANAIS", "Hub d’échange de données maritimes", "MINISTÈRE DES ARMÉES",
      ministry: "Ministère des Armées", stated: true),
    laureate(
      .dataPlatform, "Accélérer et passer à l’échelle les projets de valorisation de données", nil,
      "MINISTÈRE DE LA TRANSITION ÉCOLOGIQUE", ministry: "Ministère de la Transition écologique", stated: true),
    laureate(
      .dataPlatform, "Potentiel", "Faciliter le parcours des producteurs d’énergies renouvelables électriques",
      "DIRECTION GÉNÉRALE DE L’ÉNERGIE ET DU CLIMAT", ministry: "Ministère de la Transition écologique", stated: false),
    laureate(
      .dataPlatform, "DataMin 360", "Collecter, analyser, visualiser les données financières",
      "DIRECTION DU NUMÉRIQUE DU MINISTÈRE DE L’INTÉRIEUR", ministry: "Ministère de l'Intérieur", stated: true),
    laureate(
      .dataSteering, "Observatoire du covoiturage au quotidien",
      "Suivre l’évolution des pratiques et d’évaluer l’impact des mesures prises afin d’adapter les politiques publiques de covoiturage",
      "DIRECTION GÉNÉRALE DES INFRASTRUCTURES DES TRANSPORTS ET DE LA MER",
      ministry: "Ministère de la Transition écologique", stated: false),
    laureate(
      .dataSteering, "Cycle de vie de la donnée « intervention d’urgence ».",
      "Améliorer l’efficacité des interventions d’urgence de la gendarmerie",
      "DIRECTION DU NUMÉRIQUE DU MINISTÈRE DE L’INTÉRIEUR", ministry: "Ministère de l'Intérieur", stated: true),
    laureate(
      .dataSteering, "Projet SMARTRAFIC",
      "Mise en place d’un hyperviseur - Partage des données de trafics routiers, ferroviaires et fluviaux",
      "GRAND PORT MARITIME DU HAVRE", ministry: "Ministère de la Mer", stated: false),
    laureate(
      .dataSteering,
      "Industrialisation et enrichissement du tableau de bord Crise COVID pour le suivi des recouvrements",
      nil, "AGENCE CENTRALE DES ORGANISMES DE SÉCURITÉ SOCIALE",
      ministry: "Ministère des Solidarités et de la Santé", stated: false),
    laureate(
      .dataSteering, "Base de connaissance des entreprises (BCE)",
      "Piloter par la donnée les relations avec les entreprise",
      "SECRÉTARIAT GÉNÉRAL DES MINISTÈRES CHARGÉS DES AFFAIRES SOCIALES",
      ministry: "Ministères chargés des affaires sociales", stated: true),
    laureate(
      .apiDevelopment, "Dossier Numérique de l’Agent",
      "Déploiement de la Fiche Interministérielle de Synthèse Individuelle et portage dans l’ENSAP - Faciliter le parcours des agents publics",
      "MINISTÈRE DE L’ÉCONOMIE DES FINANCES ET DE LA RELANCE",
      ministry: "Ministère de l'Économie, des Finances et de la Relance", stated: true),
    laureate(
      .apiDevelopment, "Chorus – API demandes d’achats",
      "Améliorer le délai d’approvisionnement des services ministériels en réduisant le temps de traitement de leurs demandes d’achats.",
      "AGENCE POUR L’INFORMATIQUE FINANCIÈRE DE L’ÉTAT",
      ministry: "Ministère de l'Économie, des Finances et de la Relance", stated: false),
    laureate(
      .apiDevelopment, "Projet SUPDATA",
      "Mise en place du service StatutÉtudiant. Construire un référentiel national et actualisé des inscriptions en cours dans une formation du supérieur",
      "MINISTÈRE DE L'ÉDUCATION NATIONALE, DE LA JEUNESSE ET DES SPORTS",
      ministry: "Ministère de l'Éducation nationale, de la Jeunesse et des Sports", stated: true),
    laureate(
      .apiDevelopment, "API Sécu",
      "Exposer des données issues des organismes de la Sphère Sociale afin de faciliter les échanges et améliorer les services rendus aux citoyens",
      "CAISSE NATIONALE D’ASSURANCE VIEILLESSE DES TRAVAILLEURS SALARIÉS",
      ministry: "Ministère des Solidarités et de la Santé", stated: false),
    laureate(
      .dataScience,
      "Les data sciences au service de la lutte contre les noyades et les accidents en loisirs nautiques.",
      nil, "ÉCOLE NATIONALE DE VOILE ET DES SPORTS NAUTIQUES",
      ministry: "Ministère de l'Éducation nationale, de la Jeunesse et des Sports", stated: false),
    laureate(
      .dataQualityAndCollection, "SIMARA",
      "Plate-forme de transcription d’inventaires manuscrits du XVIIIe au XXe siècle grâce à l’intelligence artificielle.",
      "SECRÉTARIAT GÉNÉRAL DU MINISTÈRE DE LA CULTURE", ministry: "Ministère de la Culture", stated: true),
    laureate(
      .dataQualityAndCollection,
      "Numériser les collections textiles historiques du Mobilier national - Informatiser une collection", nil,
      "MOBILIER NATIONAL ET MANUFACTURES NATIONALES DES GOBELINS DE BEAUVAIS ET DE LA SAVONNERIE",
      ministry: "Ministère de la Culture", stated: false),
    laureate(
      .dataQualityAndCollection, "Transformation numérique du système de production des publications nautiques", nil,
      "SERVICE HYDROGRAPHIQUE ET OCÉANOGRAPHIQUE DE LA MARINE", ministry: "Ministère des Armées", stated: false),
    laureate(
      .dataCatalogue, "Data.Culture.Catalogue",
      "Une cartographie dynamique et partagée des données du ministère de la Culture",
      "SECRÉTARIAT GÉNÉRAL DU MINISTÈRE DE LA CULTURE", ministry: "Ministère de la Culture", stated: true),
  ]

  /// The laureates listed under a category.
  public static func laureates(in category: LaureateCategory) -> [Laureate] {
    laureates.filter { $0.category == category }
  }

  // MARK: The jury

  /// The jury size seed 001 states: « 15 experts ».
  public static let statedJurySize = 15

  /// The sentence that states 15 experts.
  public static let jurySizeCitation = Citation(
    .relanceResults, at: "Composition du jury",
    quoting:
      "15 experts de la donnée et de la transformation publique et numérique ont auditionné les projets présélectionnés, pendant une journée entière."
  )

  /// The jury as seed 001 lists it: 16 names, one more than the stated size. The text
  /// does not say which count is right; both are kept.
  public static let jury: [JuryMember] = [
    JuryMember(
      name: "Florence Gomez",
      role:
        "Rapporteur au Comité interministériel de restructuration industrielle (CIRI) – Direction générale du Trésor"),
    JuryMember(name: "Mathilde Bras", role: "Directrice opérationnelle – Fing"),
    JuryMember(name: "Fabien Antoine", role: "Directeur de projet - stratégie data au Ministère de la Justice"),
    JuryMember(
      name: "Stéphane Trainel", role: "Administrateur ministériel des données des ministères économiques et financiers"),
    JuryMember(name: "Romain Talès", role: "Responsable du pôle donnée chez Direction interministérielle du numérique"),
    JuryMember(name: "Thomas Cottinet", role: "Directeur de l’ECOLAB at Ministère de l’Environnement"),
    JuryMember(name: "Laure Lucchesi", role: "Directrice d’Etalab"),
    JuryMember(name: "Delphine Le", role: "Lead data scientist à Ministère de l’Économie et des Finances"),
    JuryMember(
      name: "Nicolas Amar", role: "Coordonnateur de la stratégie nationale IA à Ministère de l’Économie et des Finances"
    ),
    JuryMember(name: "Kim Montalibet", role: "Data scientist au Lab IA d’Etalab"),
    JuryMember(
      name: "Christophe Costes",
      role: "Directeur de projets chez Direction Interministérielle de la Transformation Publique"),
    JuryMember(name: "Ioana Manolescu", role: "Directrice scientifique du Lab IA Etalab / chercheuse INRIA"),
    JuryMember(name: "Bertrand Pailhès", role: "Directeur des technologies et de l’innovation à la CNIL"),
    JuryMember(name: "Eglantine Schmitt", role: "Chef de produit à Citio"),
    JuryMember(name: "Paul-Antoine Chevalier", role: "Responsable du Lab IA d’Etatab"),
    JuryMember(name: "Nadi Bou Hanna", role: "Directeur interministériel du numérique"),
  ]
}
