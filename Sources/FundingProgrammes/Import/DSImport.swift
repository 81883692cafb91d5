public import FranceRelanceModel

/// Turns dossiers as the démarches-simplifiées GraphQL API v2 returns them into dossiers
/// of the interchange format (design §8), through a ``DSMapping``.
///
/// Amounts are read from `stringValue`, which keeps the decimal as written, never from the
/// float `decimalNumber`; a date-time (`dateDepot`) keeps its calendar date as written in
/// its own offset. A champ that the mapping names but the dossier lacks, or leaves empty,
/// is left absent: the rules then report missing input.
///
/// ```swift
/// let mapping = try DSMapping(json: mappingJSON)
/// for dossier in try DSImport(mapping: mapping).dossiers(in: response) {
///   print(dossier.serialized(pretty: false))
/// }
/// ```
public struct DSImport: Sendable {
  /// The mapping.
  public let mapping: DSMapping

  /// An import through a mapping.
  public init(mapping: DSMapping) { self.mapping = mapping }

  /// The dossier objects of a response: `{"data": {"dossier": …}}` (getDossier), `{"data":
  /// {"demarche": {"dossiers": {"nodes": […]}}}}` (getDemarche), or a bare dossier.
  ///
  /// - Throws: ``DSImportError`` when the document is none of these.
  public static func dossierObjects(in response: JSONValue) throws(DSImportError) -> [JSONValue] {
    var value = response
    // A GraphQL answer that carries errors is refused whole, even with partial data: a
    // `"dossier": null` beside them is not an empty dossier.
    if let errors = member(response, "errors"), errors != .null, errors != .array([]) {
      throw DSImportError(
        number: nil, label: "errors", id: nil,
        reason: "la réponse est une erreur : "
          + JSONObjectReader.escapingLineBreaks(in: errors.serialized(pretty: false), limit: 600))
    }
    if let data = member(value, "data") { value = data }
    if let dossier = member(value, "dossier") {
      guard dossier != .null else {
        throw DSImportError(number: nil, label: "dossier", id: nil, reason: "dossier absent de la réponse (null)")
      }
      return [dossier]
    }
    if let demarche = member(value, "demarche") {
      guard let dossiers = member(demarche, "dossiers"), case .array(let nodes)? = member(dossiers, "nodes") else {
        throw DSImportError(number: nil, label: "demarche.dossiers.nodes", id: nil, reason: "liste de dossiers absente")
      }
      return nodes
    }
    guard member(value, "champs") != nil || member(value, "number") != nil else {
      throw DSImportError(
        number: nil, label: "dossier", id: nil,
        reason: "ni {\"data\": {\"dossier\": …}}, ni {\"data\": {\"demarche\": …}}, ni un dossier")
    }
    return [value]
  }

  /// Every dossier of a response, each imported or refused.
  public func dossiers(in response: JSONValue) throws(DSImportError) -> [Result<JSONValue, DSImportError>] {
    try Self.dossierObjects(in: response).map { object in
      do throws(DSImportError) { return .success(try dossier(from: object)) } catch { return .failure(error) }
    }
  }

  /// Imports one dossier object: the dossier JSON of design §6, read back by the
  /// programme's reader before it is returned.
  ///
  /// - Throws: ``DSImportError`` naming the champ (label and id) whose value cannot be read.
  public func dossier(from object: JSONValue) throws(DSImportError) -> JSONValue {
    let number = Self.member(object, "number").flatMap(Self.text)
    var builder = DossierBuilder(programme: mapping.programme.identifier.rawValue)
    var origins: [FieldPath: (label: String, id: String?)] = [:]
    let format = mapping.programme.dossierFormat
    for entry in mapping.attributes {
      guard let value = Self.value(at: entry.source, in: object), value != .null else { continue }
      let origin = (entry.source, String?.none)
      try add(value, checked: nil, entry, format, &builder, origin, number)
      origins[entry.field] = origin
    }
    let champs = Self.champs(of: object)
    try fill(&builder, from: champs, mapping.champs, format, number, &origins)
    let dossier = builder.json
    // The programme's own reader has the last word: an error there names the champ that
    // filled the faulty field.
    do throws(InterchangeError) {
      _ = try mapping.programme.dossier(from: dossier)
    } catch {
      let origin = origins.first { error.path.components.starts(with: $0.key.components) }?.value
      throw DSImportError(
        number: number, label: origin?.label ?? error.path.description, id: origin?.id, reason: error.reason.description
      )
    }
    return dossier
  }

  /// Fills an object from champs: each mapped champ found, a repeated block row by row.
  private func fill(
    _ builder: inout DossierBuilder, from champs: [JSONValue], _ entries: [DSMapping.Entry], _ format: ObjectFormat,
    _ number: String?, _ origins: inout [FieldPath: (label: String, id: String?)]
  ) throws(DSImportError) {
    let index = ChampIndex(champs)
    for entry in entries {
      guard let champ = index.champ(named: entry.source) else { continue }
      let label = Self.member(champ, "label").flatMap(Self.text) ?? entry.source
      let origin = (label, String?.some(Self.member(champ, "id").flatMap(Self.text) ?? entry.source))
      origins[entry.field] = origin
      guard entry.rows.isEmpty else {
        guard case .array(.object(let element))? = format.field(at: entry.field)?.type else { continue }
        // The rows are gathered, then set once: appending each to the list in place would
        // copy and compare the list at every row.
        var rows: [JSONValue] = []
        var seen: Set<JSONValue> = []
        for row in Self.rows(of: champ) {
          var object = DossierBuilder()
          var ignored: [FieldPath: (label: String, id: String?)] = [:]
          try fill(&object, from: row, entry.rows, element, number, &ignored)
          if seen.insert(object.json).inserted { rows.append(object.json) }
        }
        if !rows.isEmpty { builder.set(.array(rows), at: entry.field) }
        continue
      }
      try add(
        Self.typedValue(of: champ), checked: Self.member(champ, "checked"), entry, format, &builder, origin, number)
    }
  }

  // MARK: Values

  private func add(
    _ value: JSONValue, checked: JSONValue?, _ entry: DSMapping.Entry, _ format: ObjectFormat,
    _ builder: inout DossierBuilder, _ origin: (String, String?), _ number: String?
  ) throws(DSImportError) {
    func fail(_ reason: String) -> DSImportError {
      DSImportError(number: number, label: origin.0, id: origin.1, reason: reason)
    }
    guard let type = format.field(at: entry.field)?.type else { throw fail("champ cible inconnu") }
    if let element = entry.value {
      // A checkbox that adds one value to a list.
      guard let checked else { throw fail("« value » attend une case à cocher (checked)") }
      if checked == .bool(true) { builder.append(.string(element), to: entry.field) }
      return
    }
    if value == .null { return }
    switch type {
    case .amount:
      guard let text = Self.text(value), !text.isEmpty else { return }
      let amount: Euros
      do throws(Euros.ParseError) {
        amount = try Euros(parsing: text)
      } catch {
        do throws(Euros.ParseError) { amount = try Euros(frenchText: text) } catch { throw fail(error.description) }
      }
      builder.set(.string(amount.decimalString), at: entry.field)
    case .boolean:
      switch value {
      case .bool(let flag): builder.set(.bool(flag), at: entry.field)
      case .string(let text):
        switch text.lowercased() {
        case "true", "oui", "on": builder.set(.bool(true), at: entry.field)
        case "false", "non", "off": builder.set(.bool(false), at: entry.field)
        case "": return
        default: throw fail("réponse « " + text + " » : oui ou non attendu")
        }
      default: throw fail("réponse oui ou non attendue")
      }
    case .date:
      guard let text = Self.text(value), !text.isEmpty else { return }
      // A date (AAAA-MM-JJ) as written, or a date-time (AAAA-MM-JJThh:mm…) whose calendar
      // date, in its own offset, is kept; anything else is refused, not cut to ten
      // characters (« 2024-09-019 » is not 1 September).
      let bytes = Array(text.utf8)
      guard bytes.count == 10 || (bytes.count > 10 && bytes[10] == UInt8(ascii: "T")) else {
        throw fail("date « " + text + " » illisible : AAAA-MM-JJ ou date-heure ISO 8601 attendue")
      }
      builder.set(.string(String(decoding: bytes.prefix(10), as: UTF8.self)), at: entry.field)
    case .integer:
      guard let text = Self.text(value), !text.isEmpty else { return }
      guard let integer = Int(text) else { throw fail("nombre entier attendu, reçu « " + text + " »") }
      builder.set(.number(String(integer)), at: entry.field)
    case .set, .array:
      let labels: [String]
      switch value {
      case .array(let elements): labels = elements.compactMap(Self.text)
      case .string(let text):
        // A free list typed in a text area: one element per line.
        labels = text.split(whereSeparator: \.isNewline).map { String($0.trimmingPrefix(" ")) }.filter { !$0.isEmpty }
      default: throw fail("liste de choix attendue")
      }
      for label in labels { builder.append(.string(try translated(label, entry, fail)), to: entry.field) }
    case .enumeration, .constant:
      guard let text = Self.text(value), !text.isEmpty else { return }
      builder.set(.string(try translated(text, entry, fail)), at: entry.field)
    case .string, .text, .siret:
      guard let text = Self.text(value) else { return }
      builder.set(.string(text), at: entry.field)
    case .object:
      throw fail("un objet ne vient pas d'un champ")
    }
  }

  private func translated(_ label: String, _ entry: DSMapping.Entry, _ fail: (String) -> DSImportError)
    throws(DSImportError) -> String
  {
    guard !entry.values.isEmpty else { return label }
    guard let value = entry.values[label] else {
      throw fail(
        "option « " + label + " » absente de la table (options : " + entry.values.keys.sorted().joined(separator: ", ")
          + ")")
    }
    return value
  }

  // MARK: Reading the response

  static func member(_ value: JSONValue, _ key: String) -> JSONValue? {
    guard case .object(let members) = value else { return nil }
    return members.first { $0.key == key }?.value
  }

  static func value(at path: String, in object: JSONValue) -> JSONValue? {
    var value: JSONValue? = object
    for key in path.split(separator: ".") { value = value.flatMap { member($0, String(key)) } }
    return value
  }

  static func text(_ value: JSONValue) -> String? {
    switch value {
    case .string(let text): text
    case .number(let lexeme): lexeme
    default: nil
    }
  }

  /// The champs of a dossier (the champs of a repeated block are read row by row, see
  /// ``rows(of:)``).
  static func champs(of dossier: JSONValue) -> [JSONValue] {
    guard case .array(let list)? = member(dossier, "champs") else { return [] }
    return list
  }

  /// The rows of a repeated block (`RepetitionChamp`): each row's champs (older API
  /// versions list the champs flat; they are then one row).
  static func rows(of champ: JSONValue) -> [[JSONValue]] {
    if case .array(let rows)? = member(champ, "rows") { return rows.map(champs(of:)) }
    if case .array(let flat)? = member(champ, "champs") { return [flat] }
    return []
  }

  /// The champs of one list, found by the names a mapping uses, each name looked up once: a
  /// champ is the one a mapping names by its `id`, its `champDescriptorId`, or, inside a
  /// repeated block, by the stable part its row's id shares with the id named (the first
  /// champ of a name wins).
  struct ChampIndex {
    private var byName: [String: JSONValue] = [:]
    private var byStablePart: [String: JSONValue] = [:]

    init(_ champs: [JSONValue]) {
      // The first champ of a name wins, as a scan in order would find it.
      for champ in champs {
        let id = member(champ, "id").flatMap(text)
        for name in [id, member(champ, "champDescriptorId").flatMap(text)].compactMap(\.self)
        where byName[name] == nil {
          byName[name] = champ
        }
        if let id, let stable = DSChampIdentifier.stablePart(of: id), byStablePart[stable] == nil {
          byStablePart[stable] = champ
        }
      }
    }

    /// The champ a mapping names by `id`, or `nil`.
    func champ(named id: String) -> JSONValue? {
      if let champ = byName[id] { return champ }
      guard let stable = DSChampIdentifier.stablePart(of: id) else { return nil }
      return byStablePart[stable]
    }
  }

  /// The champ's value by type: `checked`, `values`, `etablissement.siret`, `date`,
  /// `integerNumber`, otherwise `stringValue` (never the float `decimalNumber`).
  static func typedValue(of champ: JSONValue) -> JSONValue {
    if let checked = member(champ, "checked"), checked != .null { return checked }
    if let values = member(champ, "values"), values != .null { return values }
    if let siret = value(at: "etablissement.siret", in: champ), siret != .null { return siret }
    if let date = member(champ, "date"), date != .null { return date }
    if let integer = member(champ, "integerNumber"), integer != .null { return integer }
    return member(champ, "stringValue") ?? .null
  }
}
