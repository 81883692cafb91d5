/// A programme as a « dispositif d'aide » record (Table Schema « dispositif d'aide » v0.2.0,
/// etalab/schema-dispositif-aide): what `relance export dispositifs` publishes, one row per
/// programme, and what the `dispositifAide` column of the SCDL « subventions » export
/// points to by its ``id``.
///
/// The identifier is a UUID fixed once for each programme (a version-5 UUID of the
/// programme's identifier), so that grants published at different times point to the same
/// record. Eligibility is a list of bullet points, one per rule, taken from the rules'
/// French titles with the edition's numbers.
///
/// ```swift
/// let scheme = FTAPGuichet().aidScheme
/// scheme.id          // "7cc84f39-94ed-5924-8904-0760e9f5e5d9"
/// scheme.values      // the 15 cells of the row, in the schema's order
/// ```
public struct AidScheme: Sendable, Hashable {
  // MARK: Stored properties

  /// The record's identifier, a UUID (`id`).
  public var id: String
  /// The short title (`titre`).
  public var title: String
  /// The promise, at most 180 characters (`promesse`).
  public var promise: String
  /// The description, at most 5 000 characters (`description`).
  public var description: String
  /// The eligibility criteria, one per bullet (`eligibilite`).
  public var eligibility: [String]
  /// The kinds of aid (`types_aides`), such as `financement`.
  public var aidTypes: [String]
  /// The carriers: name, SIREN and roles (`porteurs`).
  public var carriers: [Carrier]
  /// The parent programmes (`programmes_parents`).
  public var parentProgrammes: [String]
  /// Where to read more (`url_source`); empty when none.
  public var sourceURL: String
  /// The targeted beneficiaries (`cibles`): `secteur public` for these programmes.
  public var targets: [String]
  /// The area covered, as COG codes (`eligibilite_geographique`): `PAYS-99100`, France.
  public var area: [String]
  /// The opening date, when a text gives one (`date_ouverture`).
  public var opening: CalendarDate?
  /// The closing date, when a text gives one (`date_cloture`).
  public var closing: CalendarDate?
  /// The last update of the record's content (`date_mise_a_jour`).
  public var updated: CalendarDate

  /// A carrier of the scheme: its name, SIREN and roles (`instructeur`, `financeur`…).
  public struct Carrier: Sendable, Hashable {
    /// The name.
    public var name: String
    /// The 9-digit SIREN.
    public var siren: String
    /// The roles.
    public var roles: [String]

    /// Creates a carrier.
    public init(name: String, siren: String, roles: [String]) {
      self.name = name
      self.siren = siren
      self.roles = roles
    }
  }

  // MARK: Creating

  /// Creates a record.
  public init(
    id: String, title: String, promise: String, description: String, eligibility: [String], aidTypes: [String],
    carriers: [Carrier], parentProgrammes: [String], sourceURL: String = "", targets: [String] = ["secteur public"],
    area: [String] = ["PAYS-99100"], opening: CalendarDate?, closing: CalendarDate?, updated: CalendarDate
  ) {
    self.id = id
    self.title = title
    self.promise = promise
    self.description = description
    self.eligibility = eligibility
    self.aidTypes = aidTypes
    self.carriers = carriers
    self.parentProgrammes = parentProgrammes
    self.sourceURL = sourceURL
    self.targets = targets
    self.area = area
    self.opening = opening
    self.closing = closing
    self.updated = updated
  }

  // MARK: The row

  /// The schema's columns, in order.
  public static let columns = [
    "id", "titre", "promesse", "description", "eligibilite", "types_aides", "porteurs", "programmes_parents",
    "url_source", "cibles", "eligibilite_geographique", "eligibilite_geographique_exclusions", "date_ouverture",
    "date_cloture", "date_mise_a_jour",
  ]

  /// The row's cells, in the schema's order; dates as ISO 8601 date-times at midnight UTC
  /// (the texts give days, the schema asks for date-times).
  public var values: [String] {
    func dateTime(_ date: CalendarDate?) -> String { date.map { $0.isoString + "T00:00:00Z" } ?? "" }
    let carriersText =
      "["
      + carriers.map { carrier in
        "{ nom: '" + carrier.name.replacing("'", with: "’") + "', siren: '" + carrier.siren + "', roles: [ "
          + carrier.roles.map { "'" + $0 + "'" }.joined(separator: ", ") + " ]}"
      }.joined(separator: ", ") + "]"
    return [
      id, title, promise, description, eligibility.map { "• " + $0 }.joined(separator: " ;\n"),
      aidTypes.joined(separator: "|"), carriersText, parentProgrammes.joined(separator: "|"), sourceURL,
      targets.joined(separator: "|"), area.joined(separator: "|"), "", dateTime(opening), dateTime(closing),
      dateTime(updated),
    ]
  }

  /// Records as a CSV file (comma separator, CRLF line ends, quoted as
  /// ``SCDLExport/field(_:)`` quotes).
  public static func csv(_ schemes: [AidScheme]) -> String {
    ([columns] + schemes.map(\.values)).map { $0.map(SCDLExport.field).joined(separator: ",") }.joined(
      separator: "\r\n") + "\r\n"
  }
}
