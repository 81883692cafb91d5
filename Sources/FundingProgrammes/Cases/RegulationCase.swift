public import FranceRelanceModel

/// A regulation case (design §7): a dossier, the readings it is assessed under and what
/// the texts say the answer must be, written in JSON by a jurist, without Swift.
///
/// ```json
/// {"name": "Taille : 100 000 € est admis",
///  "source": "Guichet FTAP (seed 004), « Entre 100 000 € et 1M€ »",
///  "readings": {"ftap.size.bounds": "hard"},
///  "dossier": {"programme": "ftap-data-2023", "totalCost": "100000.00", …},
///  "expected": {"status": "eligible", "outcomes": {"ftap.size": "satisfied"}, "cap": "50000.00"}}
/// ```
///
/// Every key of `expected` is optional; what is given must match exactly (the lists of
/// rules and indicators as sets). Beyond design §7, `outcomes` gives one rule's outcome and
/// `inputError` the field path of a dossier that must be refused as bad input
/// (`Docs/DECISIONS.md`).
public struct RegulationCase: Sendable, Hashable {
  /// The case's name, as the run prints it.
  public let name: String
  /// The sentence the case checks, as the jurist cites it.
  public let source: String?
  /// The readings the dossier is assessed under (the others at their defaults).
  public let readings: ReadingSelection
  /// The dossier, in the interchange format of design §6.
  public let dossier: JSONValue
  /// What the answer must be.
  public let expected: Expectation

  /// The keys of a case file.
  static let keys: Set<String> = ["name", "source", "readings", "dossier", "expected"]

  /// Reads a case.
  ///
  /// - Throws: ``InterchangeError`` naming the faulty key of the case file (the dossier
  ///   itself is read when the case runs, so that a case can expect it to be refused).
  public init(json: JSONValue) throws(InterchangeError) {
    let peek = try JSONObjectReader(json, at: .root, keys: [], allowingOthers: true)
    if peek.contains("programme"), !peek.contains("dossier") {
      throw InterchangeError(
        .invalid(
          "ce fichier est un dossier, pas un cas réglementaire (clés d'un cas : name, source, readings, dossier, "
            + "expected ; voir Docs/CAS.md)"), at: .root)
    }
    let object = try JSONObjectReader(json, at: .root, keys: Self.keys)
    guard let name = try object.line("name") else { throw InterchangeError(.missingField, at: FieldPath("name")) }
    self.name = name
    source = try object.line("source")
    var readings = ReadingSelection()
    if let members = try Expectation.members(object, "readings") {
      for member in members {
        let path = FieldPath("readings").appending(member.key)
        readings.choices.append(
          .init(
            id: ReadingIdentifier(rawValue: member.key), variant: try JSONObjectReader.string(member.value, at: path)))
      }
    }
    self.readings = readings
    dossier = try object.required("dossier")
    expected = try Expectation(json: try object.required("expected"), at: FieldPath("expected"))
  }

  // MARK: Running

  /// Assesses the dossier under the case's readings, with the package's programmes, and
  /// compares the answer with the expectation.
  public func run() -> CaseResult { run(in: ProgrammeCatalogue.registry, reform: nil) }

  /// Assesses the dossier under the case's readings, by the programme of `registry` it
  /// names, under `reform` when one is given (`relance test --reform`), and compares the
  /// answer with the expectation.
  ///
  /// A reform that changes none of the programme's parameters leaves its report as the
  /// texts give it (`Reform.report(_:by:reformed:selection:)`); one that does adds its
  /// note, and the expectation is compared with the reformed findings.
  ///
  /// - Parameters:
  ///   - registry: the programmes a dossier may name (a fixture programme's test passes
  ///     its own).
  ///   - reform: a reform already checked against `registry`'s programmes
  ///     (`Reform.checked(against:)`).
  public func run(in registry: ProgrammeRegistry, reform: Reform?) -> CaseResult {
    let programme: any FundingProgramme
    do throws(InterchangeError) { programme = try registry.programme(of: dossier) } catch {
      return refused(error)
    }
    let report: AssessmentReport
    do throws(ProgrammeError) {
      let document = JSONDocument(dossier)
      if let reform {
        let reformed: any FundingProgramme
        do throws(InterchangeError) { reformed = try programme.reformed(by: reform) } catch {
          return CaseResult(name: name, differences: ["réforme : " + error.description])
        }
        report = try reform.report(document, by: programme, reformed: reformed, selection: readings)
      } else {
        report = try programme.report(onJSON: document, selection: readings)
      }
    } catch {
      switch error {
      case .input(let input): return refused(input)
      case .reading(let reading): return CaseResult(name: name, differences: ["lecture : " + reading.description])
      }
    }
    if let path = expected.inputError {
      return CaseResult(
        name: name, differences: ["entrée invalide attendue en « " + path + " », dossier lu"], report: report)
    }
    return CaseResult(name: name, differences: expected.differences(from: report), report: report)
  }

  private func refused(_ error: InterchangeError) -> CaseResult {
    guard let path = expected.inputError else {
      return CaseResult(name: name, differences: ["dossier refusé : " + error.description])
    }
    let found = error.path.description
    return CaseResult(
      name: name,
      differences: found == path ? [] : ["entrée invalide attendue en « " + path + " », obtenue en « " + found + " »"])
  }
}
