public import FranceRelanceModel

/// What a set of regulation cases exercises: which rules they see satisfied and violated,
/// which other outcomes, and which non-default reading variants they choose; and what
/// they miss, so that a jurist knows which sentence has no case yet.
public struct CaseCoverage: Sendable, Hashable {
  /// The outcome kinds observed for each rule.
  public private(set) var outcomes: [RuleIdentifier: Set<Outcome.Kind>] = [:]
  /// The non-default variants the cases chose, as `reading=variant`.
  public private(set) var variants: Set<String> = []
  /// The number of cases counted.
  public private(set) var cases = 0

  /// An empty coverage.
  public init() {}

  /// Counts the report of a case.
  public mutating func add(_ result: CaseResult) {
    cases += 1
    guard let report = result.report else { return }
    for finding in report.assessment.findings {
      outcomes[finding.rule.id, default: []].insert(finding.outcome.kind)
    }
    for reading in report.readings where !reading.isDefault {
      variants.insert(reading.id.rawValue + "=" + reading.variant)
    }
  }

  /// The rules of the catalogue never seen satisfied or never seen violated, as
  /// `rule (respectée)` or `rule (non respectée)`, for the programmes the cases touched;
  /// a rule that cannot be violated (``Rule/canBeViolated``) is asked only to be seen
  /// satisfied.
  public var missedOutcomes: [String] {
    var missed: [String] = []
    var seen: Set<RuleIdentifier> = []
    for programme in touchedProgrammes {
      // The four France Relance calls share their rules' identifiers: each is listed once.
      for rule in programme.rules where seen.insert(rule.id).inserted {
        let kinds: [Outcome.Kind] = rule.canBeViolated ? [.satisfied, .violated] : [.satisfied]
        for kind in kinds where !(outcomes[rule.id]?.contains(kind) ?? false) {
          missed.append(rule.id.rawValue + " (" + kind.frenchName + ")")
        }
      }
    }
    return missed
  }

  /// The non-default variants never chosen, as `reading=variant`, for the programmes the
  /// cases touched.
  public var missedVariants: [String] {
    var missed: [String] = []
    var seen: Set<ReadingIdentifier> = []
    for programme in touchedProgrammes {
      for reading in programme.readings where seen.insert(reading.id).inserted {
        for variant in reading.variants.dropFirst() where !variants.contains(reading.id.rawValue + "=" + variant.id) {
          missed.append(reading.id.rawValue + "=" + variant.id)
        }
      }
    }
    return missed
  }

  /// The programmes of the catalogue one of whose rules the cases evaluated.
  var touchedProgrammes: [any FundingProgramme] {
    ProgrammeCatalogue.registry.programmes.filter { programme in programme.rules.contains { outcomes[$0.id] != nil } }
  }

  /// The coverage in French: one line of counts, then what is missed.
  public var frenchDescription: String {
    let pairs = outcomes.values.reduce(0) { $0 + $1.count }
    let decided = outcomes.filter { $0.value.contains(.satisfied) && $0.value.contains(.violated) }.count
    var lines = [
      "Couverture : " + String(cases) + " cas ; " + String(outcomes.count) + " règles évaluées, dont "
        + String(decided) + " vues respectées et non respectées ; " + String(pairs)
        + " couples règle × issue ; " + String(variants.count) + " variantes de lecture non par défaut choisies."
    ]
    let outcomes = missedOutcomes
    if !outcomes.isEmpty { lines.append("Issues jamais observées : " + outcomes.joined(separator: ", ") + ".") }
    let variants = missedVariants
    if !variants.isEmpty { lines.append("Variantes jamais choisies : " + variants.joined(separator: ", ") + ".") }
    return lines.joined(separator: "\n") + "\n"
  }
}
