extension RelanceCall {
  // MARK: « Dispositif d'aide » record

  /// The day the records' content was last reviewed against the texts
  /// (`date_mise_a_jour`).
  public static let aidSchemeUpdate = CalendarDate(uncheckedYear: 2026, month: 11, day: 26)

  /// The DINUM, which runs the « Cycle de vie de la donnée » calls (Pôle Data, Etalab).
  public static let dinumCarrier = AidScheme.Carrier(
    name: "DIRECTION INTERMINISTERIELLE DU NUMERIQUE", siren: "130025265", roles: ["instructeur", "financeur"])

  /// The call as a « dispositif d'aide » record: its fixed UUID, title, promise,
  /// description from seeds 003 and 001, one eligibility bullet per rule, the DINUM as
  /// carrier, the public sector in France as target, and the days of its window that a
  /// text gives (none for AAP2 and AAP3, whose texts give only a quarter).
  public var aidScheme: AidScheme {
    let id =
      switch self {
      case .aap1: "2ab98b6e-a31f-5837-a55a-05a4e9643910"
      case .continuous: "7a89b7d9-14d2-5cbc-8b1f-cd2012e1a20d"
      case .aap2: "92a504c8-9281-5816-a0ba-6877cc0d2f50"
      case .aap3: "344ed318-a1ac-5874-b81f-061d15cb14bc"
      }
    let window = calendar.inForce.window
    return AidScheme(
      id: id, title: title,
      promise: self == .continuous
        ? "Cofinancement des petits projets de données (moins de 100 000 euros) des administrations de l'État (plan France Relance, volet « Cycle de vie de la donnée »)."
        : "Cofinancement jusqu'à 75 % des projets de données des administrations de l'État (plan France Relance, volet « Cycle de vie de la donnée »).",
      description:
        "Dans le cadre du plan de relance numérique, Etalab, au sein de la DINUM, porte le volet « Développer l'utilisation de la donnée dans votre administration » (« Cycle de vie de la donnée », 23 millions d'euros) : un cofinancement des projets des administrations autour du pilotage public par la donnée, de l'échange de données entre administrations, de l'exploitation de données ou de l'ouverture des données. Enveloppe de cet appel : "
        + envelope.amount.description
        + (self == .continuous
          ? ". Le taux de 75 % et les engagements du lauréat sont énoncés pour les appels à projets ; les textes ne disent pas s'ils valent au guichet continu."
          : ". Le lauréat s'engage à une démo 6 mois après l'attribution des fonds, à libérer une personne à temps plein ou financer un ou une cheffe de produit, à mettre en place une équipe dédiée et à impliquer les usagers."),
      eligibility: rules.filter(\.applies).map(\.title), aidTypes: ["financement"], carriers: [Self.dinumCarrier],
      parentProgrammes: ["France Relance"], opening: window.opening.precision == .day ? window.opening.earliest : nil,
      closing: window.closing.precision == .day ? window.closing.latest : nil, updated: Self.aidSchemeUpdate)
  }
}
