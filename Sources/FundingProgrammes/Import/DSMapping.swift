public import FranceRelanceModel

/// How the champs of a démarches-simplifiées form fill a dossier (design §8): the
/// programme, the dossier's own attributes (`number`, `dateDepot`, `demandeur.siret`…) and
/// each champ, named by its `id` (or `champDescriptorId`), with the dossier field it fills.
///
/// ```json
/// {"programme": "ftap-data-2023",
///  "dossier": {"number": "reference", "dateDepot": "filedOn", "demandeur.siret": "applicant.siret"},
///  "champs": {"Q2hhbXAtMTAx": "totalCost",
///             "Q2hhbXAtMTAy": {"field": "projectTypes", "values": {"Administration proactive": "proactiveAdministration"}},
///             "Q2hhbXAtMTAz": {"field": "projectTypes", "value": "dataProvision"}}}
/// ```
///
/// A champ entry is a field path, or an object with `field` and either `values` (the form's
/// option labels, translated into the dossier's values) or `value` (a checkbox that adds
/// this value to a list field when it is checked).
public struct DSMapping: Sendable {
  /// One champ or attribute and the dossier field it fills.
  public struct Entry: Sendable, Hashable {
    /// The champ's `id`, or the dossier attribute's dotted path.
    public let source: String
    /// The dossier field it fills.
    public let field: FieldPath
    /// The form's option labels and the dossier values they stand for.
    public let values: [String: String]
    /// The value a checked checkbox adds to a list field.
    public let value: String?
    /// For a repeated block (`RepetitionChamp`) that fills a list of objects: the champs of
    /// a row and the fields of the object they fill.
    public let rows: [Entry]
  }

  /// The programme of the imported dossiers.
  public let programme: any FundingProgramme
  /// The dossier's attributes to read.
  public let attributes: [Entry]
  /// The champs to read.
  public let champs: [Entry]

  /// Reads a mapping.
  ///
  /// - Throws: ``InterchangeError`` naming the faulty key: an unknown programme, or a field
  ///   the programme's dossiers do not have or that cannot come from a champ.
  public init(json: JSONValue) throws(InterchangeError) {
    let object = try JSONObjectReader(json, at: .root, keys: ["programme", "dossier", "champs"])
    let programme = try ProgrammeCatalogue.registry.programme(of: json)
    self.programme = programme
    let format = programme.dossierFormat
    let name = programme.identifier.rawValue
    attributes =
      try object.value("dossier").map { (value) throws(InterchangeError) in
        try Self.entries(value, at: FieldPath("dossier"), format, name)
      } ?? []
    champs =
      try object.value("champs").map { (value) throws(InterchangeError) in
        try Self.entries(value, at: FieldPath("champs"), format, name)
      } ?? []
  }

  private static func entries(_ value: JSONValue, at objectPath: FieldPath, _ format: ObjectFormat, _ programme: String)
    throws(InterchangeError) -> [Entry]
  {
    var result: [Entry] = []
    for member in try JSONObjectReader(value, at: objectPath, keys: [], allowingOthers: true).members {
      let path = objectPath.appending(member.key)
      var values: [String: String] = [:]
      var single: String?
      var rows: JSONValue?
      let target: String
      switch member.value {
      case .string(let text): target = text
      case .object:
        let spec = try JSONObjectReader(member.value, at: path, keys: ["field", "values", "value", "rows"])
        rows = spec.value("rows")
        guard let field = try spec.string("field") else {
          throw InterchangeError(.missingField, at: path.appending("field"))
        }
        target = field
        single = try spec.string("value")
        if let table = spec.value("values") {
          for option in try JSONObjectReader(table, at: path.appending("values"), keys: [], allowingOthers: true)
            .members
          {
            values[option.key] = try JSONObjectReader.string(
              option.value, at: path.appending("values").appending(option.key))
          }
        }
      default:
        throw InterchangeError(.wrongType(expected: "chaîne ou objet", found: member.value.typeName), at: path)
      }
      let field = FieldPath(target)
      guard let declared = format.field(at: field) else {
        throw InterchangeError(.invalid("champ « " + target + " » inconnu des dossiers de " + programme), at: path)
      }
      var rowEntries: [Entry] = []
      switch declared.type {
      case .array(.object(let element)):
        // A list of objects comes from a repeated block, row by row.
        guard let rows else {
          throw InterchangeError(
            .invalid("« " + target + " » est une liste d'objets : donner « rows », les champs d'une répétition"),
            at: path)
        }
        rowEntries = try entries(rows, at: path.appending("rows"), element, programme)
      case .object:
        throw InterchangeError(
          .invalid("« " + target + " » ne peut pas venir d'un champ : renseigner ses sous-champs"), at: path)
      case .set, .array: break
      default:
        if single != nil {
          throw InterchangeError(.invalid("« value » ne vaut que pour une liste (ici « " + target + " »)"), at: path)
        }
      }
      if rows != nil, rowEntries.isEmpty {
        throw InterchangeError(.invalid("« rows » ne vaut que pour une liste d'objets"), at: path)
      }
      result.append(Entry(source: member.key, field: field, values: values, value: single, rows: rowEntries))
    }
    return result
  }
}
