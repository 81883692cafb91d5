public import FranceRelanceModel

extension FTAPGuichet {
  // MARK: The rest of seed 004, as values

  /// The quality principles every project respects (« Les projets devront respecter
  /// plusieurs principes de qualité »): open source, referencing on api.gouv.fr and
  /// data.gouv.fr, accessibility, eco-responsibility.
  public static let qualityPrinciples: [String] = [
    "Les codes sources produits dans le cadre des projets devront être publiés en open source",
    "Référencement sur api.gouv.fr et data.gouv.fr",
    "Accessibilité aux personnes en situation de handicap",
    "Éco-responsabilité",
  ]

  /// The quality principles, quoted whole: the sentence that opens them and the four
  /// principles.
  public static let qualityCitation = Citation(
    .ftapDataGuichet, at: "Principes de qualité",
    quoting:
      "Les projets devront respecter plusieurs principes de qualité : - Les codes sources produits dans le cadre des projets devront être publiés en open source ; - Référencement sur api.gouv.fr et data.gouv.fr; - Accessibilité aux personnes en situation de handicap ; - Éco-responsabilité."
  )

  /// The Datalab's support for some complex projects (« dans le cadre de son Datalab porté
  /// par Etalab »): a secure legal framework, a secure infrastructure for non-open data,
  /// and staff support.
  public static let datalabSupport: [String] = [
    "un cadre juridique d'intervention sécurisé pour les parties prenantes des projets",
    "une infrastructure technique sécurisée permettant le traitement de données non ouvertes",
    "la possibilité de bénéficier d'un soutien RH de la DINUM en data science, data engineering, data governance ou data visualisation",
  ]

  /// The areas of the Datalab's staff support.
  public static let datalabStaffAreas = ["data science", "data engineering", "data governance", "data visualisation"]

  /// The sentence that introduces the Datalab's support.
  public static let datalabCitation = Citation(
    .ftapDataGuichet, at: "Accompagnement du Datalab",
    quoting:
      "Outre le cofinancement, pour certains projets complexes, la DINUM s'engage à accompagner les porteurs de projet dans le cadre de son Datalab porté par Etalab au sein de la DINUM dont le cadre d'intervention se matérialisera par :"
  )

  /// The expectation for public-policy projects: real impact, experimentally, in less than
  /// 6 months.
  public static let experimentalImpactMonths = 6

  /// The sentence that sets the six-month experimental-impact expectation.
  public static let experimentalImpactCitation = Citation(
    .ftapDataGuichet, at: "Pour les projets d'amélioration d'une politique publique",
    quoting:
      "Pour limiter les risques d'effet tunnel, les projets soumis seront particulièrement questionnés sur leur capacité à produire de l'impact réel de manière expérimentale en moins de 6 mois, puis incrémentale pour être généralisés."
  )

  /// DINUM may also submit interministerial projects.
  public static let dinumInterministerialCitation = Citation(
    .ftapDataGuichet, at: "Les projets pourront être émis par différents types d'acteurs",
    quoting:
      "La DINUM pourra également soumettre des projets à vocation interministérielle dans le cadre de ce guichet.")

  /// Proactive projects rely on data processing to target eligible users.
  public static let proactiveProcessingCitation = Citation(
    .ftapDataGuichet, at: "Pour les projets d'administration proactive",
    quoting:
      "Ces projets s'appuieront nécessairement sur des traitements de données permettant de cibler les usagers éligibles sur la base de critères à définir."
  )

  /// Data-provision projects serve third parties outside the producing ministry.
  public static let externalRecipientsCitation = Citation(
    .ftapDataGuichet, at: "Objet du projet",
    quoting:
      "Les projets de création ou d'amélioration de la mise à disposition de données à des tiers (administrations, grand public...) externes au ministère producteur;"
  )
}
