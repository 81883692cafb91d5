public import FranceRelanceModel

extension RegulationCase {
  /// What a case expects: each part optional, each given part compared exactly.
  public struct Expectation: Sendable, Hashable {
    /// The status.
    public var status: AssessmentStatus?
    /// The rules violated, as a set.
    public var violated: Set<RuleIdentifier>?
    /// The rules the texts leave undetermined, as a set.
    public var undetermined: Set<RuleIdentifier>?
    /// The outcome of some rules.
    public var outcomes: [RuleIdentifier: Outcome.Kind]
    /// The cap; `.some(nil)` when the case expects no cap.
    public var cap: Euros??
    /// The tranches, in order: date and amount.
    public var tranches: [Tranche]?
    /// The mandatory indicators, as a set of identifiers.
    public var mandatoryIndicators: Set<String>?
    /// A fragment each rule's message must contain.
    public var messages: [RuleIdentifier: String]
    /// The field path at which the dossier must be refused as bad input.
    public var inputError: String?

    static let keys: Set<String> = [
      "status", "violated", "undetermined", "outcomes", "cap", "tranches", "mandatoryIndicators", "messages",
      "inputError",
    ]

    /// Reads an expectation.
    ///
    /// - Throws: ``InterchangeError`` naming the faulty key.
    public init(json: JSONValue, at path: FieldPath) throws(InterchangeError) {
      let object = try JSONObjectReader(json, at: path, keys: Self.keys)
      status = try object.enumeration("status", as: AssessmentStatus.self)
      violated = try Self.rules(object, "violated")
      undetermined = try Self.rules(object, "undetermined")
      outcomes = [:]
      if let members = try Self.members(object, "outcomes") {
        for member in members {
          let memberPath = path.appending("outcomes").appending(member.key)
          let name = try JSONObjectReader.string(member.value, at: memberPath)
          guard let kind = Outcome.Kind.allCases.first(where: { $0.name == name }) else {
            throw InterchangeError(.unknownValue(name, allowed: Outcome.Kind.allCases.map(\.name)), at: memberPath)
          }
          outcomes[RuleIdentifier(rawValue: member.key)] = kind
        }
      }
      if let value = object.members.first(where: { $0.key == "cap" })?.value {
        cap = value == .null ? .some(nil) : .some(try JSONObjectReader.amount(value, at: path.appending("cap")))
      } else {
        cap = nil
      }
      if let list = try object.array("tranches") {
        var tranches: [Tranche] = []
        for (index, element) in list.enumerated() {
          let elementPath = path.appending("tranches").appending(index: index)
          let tranche = try JSONObjectReader(element, at: elementPath, keys: ["date", "amount"])
          tranches.append(
            Tranche(
              number: index + 1,
              date: try JSONObjectReader.date(try tranche.required("date"), at: elementPath.appending("date")),
              amount: try JSONObjectReader.amount(try tranche.required("amount"), at: elementPath.appending("amount"))))
        }
        self.tranches = tranches
      }
      mandatoryIndicators = try Self.strings(object, "mandatoryIndicators").map(Set.init)
      messages = [:]
      if let members = try Self.members(object, "messages") {
        for member in members {
          messages[RuleIdentifier(rawValue: member.key)] = try JSONObjectReader.string(
            member.value, at: path.appending("messages").appending(member.key))
        }
      }
      inputError = try object.string("inputError")
    }

    /// The members of an object whose keys are free (rule identifiers).
    static func members(_ object: JSONObjectReader, _ key: String) throws(InterchangeError) -> [JSONValue.Member]? {
      guard let value = object.value(key) else { return nil }
      return try JSONObjectReader(value, at: object.path.appending(key), keys: [], allowingOthers: true).members
    }

    private static func strings(_ object: JSONObjectReader, _ key: String) throws(InterchangeError) -> [String]? {
      guard let list = try object.array(key) else { return nil }
      var result: [String] = []
      for (index, element) in list.enumerated() {
        result.append(try JSONObjectReader.string(element, at: object.path.appending(key).appending(index: index)))
      }
      return result
    }

    private static func rules(_ object: JSONObjectReader, _ key: String) throws(InterchangeError) -> Set<
      RuleIdentifier
    >? {
      try strings(object, key).map { Set($0.map(RuleIdentifier.init(rawValue:))) }
    }

    // MARK: Comparing

    /// The differences between the expectation and a report, in French; empty when the
    /// report matches.
    public func differences(from report: AssessmentReport) -> [String] {
      var differences: [String] = []
      let findings = report.assessment.findings
      func rules(_ kind: Outcome.Kind) -> Set<RuleIdentifier> {
        Set(findings.filter { $0.outcome.kind == kind }.map(\.rule.id))
      }
      func list(_ set: Set<RuleIdentifier>) -> String {
        set.isEmpty ? "aucune" : set.map(\.rawValue).sorted().joined(separator: ", ")
      }
      if let status, status != report.status {
        differences.append("statut attendu « " + status.frenchName + " », obtenu « " + report.status.frenchName + " »")
      }
      if let violated, violated != rules(.violated) {
        differences.append("règles violées attendues : " + list(violated) + " ; obtenues : " + list(rules(.violated)))
      }
      if let undetermined, undetermined != rules(.undetermined) {
        differences.append(
          "règles indéterminées attendues : " + list(undetermined) + " ; obtenues : " + list(rules(.undetermined)))
      }
      for (rule, kind) in outcomes.sorted(by: { $0.key.rawValue < $1.key.rawValue }) {
        guard let finding = report.assessment.finding(for: rule) else {
          differences.append(rule.rawValue + " : règle inconnue de ce programme")
          continue
        }
        if finding.outcome.kind != kind {
          differences.append(
            rule.rawValue + " : attendue « " + kind.frenchName + " », obtenue « " + finding.outcome.kind.frenchName
              + " »")
        }
      }
      if let cap, cap != report.coFinancing?.cap {
        differences.append(
          "plafond attendu " + (cap?.description ?? "aucun") + ", obtenu "
            + (report.coFinancing?.cap?.description ?? "aucun"))
      }
      if let tranches {
        let got = report.tranches.map { $0.date.isoString + " " + $0.amount.description }
        let want = tranches.map { $0.date.isoString + " " + $0.amount.description }
        if got != want {
          differences.append(
            "tranches attendues : " + (want.isEmpty ? "aucune" : want.joined(separator: ", ")) + " ; obtenues : "
              + (got.isEmpty ? "aucune" : got.joined(separator: ", ")))
        }
      }
      if let mandatoryIndicators {
        let got = Set(report.mandatoryIndicators.map(\.id.rawValue))
        if got != mandatoryIndicators {
          differences.append(
            "indicateurs obligatoires attendus : " + mandatoryIndicators.sorted().joined(separator: ", ")
              + " ; obtenus : " + got.sorted().joined(separator: ", "))
        }
      }
      for (rule, fragment) in messages.sorted(by: { $0.key.rawValue < $1.key.rawValue }) {
        let message = report.assessment.finding(for: rule)?.message ?? ""
        if !message.contains(fragment) {
          differences.append(rule.rawValue + " : le message ne contient pas « " + fragment + " » (« " + message + " »)")
        }
      }
      return differences
    }
  }
}
