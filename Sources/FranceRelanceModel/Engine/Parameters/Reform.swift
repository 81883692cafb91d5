/// A policy analyst's « what if » (issue #25): dated values that overlay a programme's
/// parameters, with the text that would set them, read from a file (`relance assess
/// --reform FILE`):
///
/// ```json
/// {"name": "Taux à 40 % en 2025",
///  "citation": {"source": "Projet de note", "location": "Règles de cofinancement",
///               "quote": "Le cofinancement ne dépassera pas 40% du coût total du projet"},
///  "parameters": {"ftap.cofinancing.maxRate": [{"from": "2025-01-01", "value": "0.40"}]}}
/// ```
///
/// A reform's period replaces, from its day, the value of the texts; a dossier filed
/// before it keeps the texts' value. Whether an identifier exists and a value has the
/// parameter's unit is checked against the programmes (``checked(against:)``).
public struct Reform: Sendable, Hashable {
  // MARK: Nested types

  /// The text a reform cites: free text, since it is not (yet) one of the sources.
  public struct Text: Sendable, Hashable {
    /// The document.
    public let source: String
    /// Where in it.
    public let location: String
    /// The sentence.
    public let quote: String
  }

  /// One dated value of a parameter.
  public struct Period: Sendable, Hashable {
    /// The first day it is in force.
    public let from: CalendarDate
    /// The value as written (a decimal string for euros and rates, a number for months).
    public let value: JSONValue
  }

  /// The periods a reform gives one parameter.
  public struct Change: Sendable, Hashable {
    /// The parameter's identifier.
    public let id: String
    /// Its periods, by start day.
    public let periods: [Period]
  }

  // MARK: Stored properties

  /// The reform's name.
  public let name: String
  /// The text it cites.
  public let citation: Text
  /// The periods of each parameter it changes, in the file's order.
  public let parameters: [Change]

  // MARK: Reading

  /// Reads a reform file.
  ///
  /// - Throws: ``InterchangeError`` naming the field: a missing or mistyped member, a date
  ///   that is not one, two periods of a parameter starting on the same day.
  public init(json: JSONValue) throws(InterchangeError) {
    guard case .object(let members) = json else {
      throw InterchangeError(.wrongType(expected: "objet", found: json.typeName), at: .root)
    }
    for member in members where !["name", "citation", "parameters"].contains(member.key) {
      throw InterchangeError(.unknownField, at: FieldPath(components: [.key(member.key)]))
    }
    func text(_ value: JSONValue?, at path: FieldPath) throws(InterchangeError) -> String {
      guard let value else { throw InterchangeError(.missingField, at: path) }
      guard case .string(let text) = value, !text.isEmpty else {
        throw InterchangeError(.wrongType(expected: "texte non vide", found: value.typeName), at: path)
      }
      return text
    }
    func member(_ key: String, of members: [JSONValue.Member]) -> JSONValue? {
      members.first { $0.key == key }?.value
    }
    name = try text(member("name", of: members), at: FieldPath("name"))
    guard let citationValue = member("citation", of: members) else {
      throw InterchangeError(.missingField, at: FieldPath("citation"))
    }
    guard case .object(let citationMembers) = citationValue else {
      throw InterchangeError(.wrongType(expected: "objet", found: citationValue.typeName), at: FieldPath("citation"))
    }
    citation = Text(
      source: try text(member("source", of: citationMembers), at: FieldPath("citation.source")),
      location: try text(member("location", of: citationMembers), at: FieldPath("citation.location")),
      quote: try text(member("quote", of: citationMembers), at: FieldPath("citation.quote")))
    guard let parametersValue = member("parameters", of: members) else {
      throw InterchangeError(.missingField, at: FieldPath("parameters"))
    }
    guard case .object(let entries) = parametersValue, !entries.isEmpty else {
      throw InterchangeError(
        .wrongType(expected: "objet non vide", found: parametersValue.typeName), at: FieldPath("parameters"))
    }
    var parameters: [Change] = []
    for entry in entries {
      let path = FieldPath(components: [.key("parameters"), .key(entry.key)])
      guard case .array(let items) = entry.value, !items.isEmpty else {
        throw InterchangeError(
          .wrongType(expected: "liste non vide de périodes", found: entry.value.typeName), at: path)
      }
      var periods: [Period] = []
      for (index, item) in items.enumerated() {
        let itemPath = path.appending(index: index)
        guard case .object(let fields) = item else {
          throw InterchangeError(.wrongType(expected: "objet", found: item.typeName), at: itemPath)
        }
        for field in fields where !["from", "value"].contains(field.key) {
          throw InterchangeError(.unknownField, at: itemPath.appending(field.key))
        }
        let day: CalendarDate
        let written = try text(member("from", of: fields), at: itemPath.appending("from"))
        do throws(CalendarDate.InvalidDate) {
          day = try CalendarDate(iso: written)
        } catch {
          throw InterchangeError(.invalidDate(error), at: itemPath.appending("from"))
        }
        guard let value = member("value", of: fields) else {
          throw InterchangeError(.missingField, at: itemPath.appending("value"))
        }
        if periods.contains(where: { $0.from == day }) {
          throw InterchangeError(
            .invalid("une autre période de ce paramètre commence le même jour"), at: itemPath.appending("from"))
        }
        periods.append(Period(from: day, value: value))
      }
      parameters.append(Change(id: entry.key, periods: periods.sorted { $0.from < $1.from }))
    }
    self.parameters = parameters
  }

  // MARK: Checking

  /// The reform, after checking that each parameter it names is a parameter of one of
  /// `programmes` and each value has that parameter's unit.
  ///
  /// - Throws: ``InterchangeError`` at `parameters.ID` for an unknown identifier (with the
  ///   known ones), at `parameters.ID[i].value` for a value of another unit.
  public func checked(against programmes: [any FundingProgramme]) throws(InterchangeError) -> Reform {
    var units: [String: ParameterUnit] = [:]
    for programme in programmes {
      for description in programme.parameterDescriptions where !description.id.isEmpty {
        units[description.id] = description.unit
      }
    }
    for change in parameters {
      let (id, periods) = (change.id, change.periods)
      let path = FieldPath(components: [.key("parameters"), .key(id)])
      guard let unit = units[id] else {
        throw InterchangeError(.unknownValue(id, allowed: units.keys.sorted()), at: path)
      }
      for (index, period) in periods.enumerated() where !Self.value(period.value, hasUnit: unit) {
        throw InterchangeError(
          .invalid(Self.expectation(unit)), at: path.appending(index: index).appending("value"))
      }
    }
    return self
  }

  /// Whether `value` is written in `unit`.
  static func value(_ value: JSONValue, hasUnit unit: ParameterUnit) -> Bool {
    switch unit {
    case .euros: Euros(parameterJSON: value) != nil
    case .rate: Rate(parameterJSON: value) != nil
    case .months: Int(parameterJSON: value) != nil
    }
  }

  /// What a value of `unit` looks like, in French.
  static func expectation(_ unit: ParameterUnit) -> String {
    switch unit {
    case .euros: "un montant en euros, en texte décimal (\"100000.00\"), attendu"
    case .rate: "un taux, fraction décimale en texte de 0 à 1 (\"0.40\"), attendu"
    case .months: "un nombre entier de mois, de 1 à 120, attendu"
    }
  }

  /// Whether the reform changes one of `programme`'s parameters.
  public func changes(_ programme: any FundingProgramme) -> Bool {
    let named = Set(parameters.map(\.id))
    return programme.parameterDescriptions.contains { named.contains($0.id) }
  }

  /// The reform's sentence as a citation, so that the values it sets are traced to it: a
  /// source whose key is `reforme`, titled by the document the reform names and published
  /// under the reform's name.
  public var sentence: Citation {
    Citation(
      Source(key: "reforme", title: citation.source, publisher: "Réforme « " + name + " »", date: nil),
      at: citation.location, quoting: citation.quote)
  }

  /// The periods the reform gives `id`, empty when it does not change it.
  public func periods(of id: String) -> [Period] {
    parameters.first { $0.id == id }?.periods ?? []
  }
}

// MARK: - Assessing under a reform

extension Reform {
  /// The report of `document` by `reformed` (the programme under this reform), with the
  /// reform's note: the periods in force on the dossier's filing date and the findings
  /// that differ from `programme`'s report under the texts. When the reform changes none
  /// of `programme`'s numbers, its report under the texts, with no note: the tool, the
  /// regulation cases and the server answer alike.
  ///
  /// ```swift
  /// let report = try reform.report(document, by: guichet, reformed: guichet.reformed(by: reform), selection: .init())
  /// report.reform?.changes  // the findings the reform changed
  /// ```
  ///
  /// - Throws: ``ProgrammeError`` as `report(onJSON:selection:)`.
  public func report(
    _ document: JSONDocument, by programme: any FundingProgramme, reformed: any FundingProgramme,
    selection: ReadingSelection
  ) throws(ProgrammeError) -> AssessmentReport {
    guard changes(programme) else { return try programme.report(onJSON: document, selection: selection) }
    var report = try reformed.report(onJSON: document, selection: selection)
    let base = try programme.report(onJSON: document, selection: selection)
    report.reform = ReformNote(self, filedOn: Self.filingDate(of: document.value), before: base, after: report)
    return report
  }

  /// A dossier's filing date (`filedOn`), when it has a valid one.
  public static func filingDate(of dossier: JSONValue) -> CalendarDate? {
    guard case .object(let members) = dossier,
      case .string(let text)? = members.first(where: { $0.key == "filedOn" })?.value
    else { return nil }
    return try? CalendarDate(iso: text)
  }
}
