import FTAPGuichet
import FranceRelanceModel
import FundingProgrammes

extension CommandLineTool {
  // MARK: calendar

  /// A named window of the calendar: a programme's, decided on a date by its window rule,
  /// or the local-authority fund's, which is no programme of the library.
  struct CalendarEntry {
    let identifier: String
    let name: String
    /// The first window line: « prévu » for a planned window, « effectif » for one a text
    /// reports.
    let firstLabel: String
    let first: ScheduledWindow
    let actual: ScheduledWindow?
    let note: String?
    /// The window as its text gives it, where the window's precision says less (the
    /// local-authority fund opened « fin janvier »).
    var text: String? = nil
    /// The programme, whose window rule decides a date.
    var programme: (any FundingProgramme)? = nil

    var inForce: ScheduledWindow { actual ?? first }
  }

  /// Where a date stands for one entry: a state name of the JSON contract, its French
  /// words, and the window rule's finding when a programme decided it.
  struct CalendarState {
    let name: String
    let french: String
    var finding: Finding? = nil
    /// The French detail of a state no rule decided.
    var detail: String? = nil
  }

  static var calendarEntries: [CalendarEntry] {
    programmes.map { programme in
      let calendar = (programme as? RelanceCall)?.calendar
      return CalendarEntry(
        identifier: programme.identifier.rawValue, name: (programme as? RelanceCall)?.shortName ?? programme.title,
        firstLabel: "prévu", first: calendar?.planned ?? programme.window, actual: calendar?.actual,
        note: calendar?.note, programme: programme)
    } + [
      CalendarEntry(
        identifier: "collectivites", name: LocalAuthorityFund.title, firstLabel: "effectif",
        first: LocalAuthorityFund.window, actual: nil,
        note: "Réservé aux collectivités territoriales. " + (LocalAuthorityFund.window.interpretation ?? ""),
        text: LocalAuthorityFund.frenchWindow)
    ]
  }

  static func calendar(_ arguments: [String]) -> ToolResult {
    let usage = "utilisation : relance calendar [AAAA-MM-JJ] [--json] [--reading LECTURE=VARIANTE]…"
    let parsed: DossierArguments
    switch DossierArguments.parse(arguments, flags: ["--json"]) {
    case .success(let value): parsed = value
    case .failure(let result): return result
    }
    guard parsed.paths.count <= 1 else { return .badUsage(usage) }
    var date: CalendarDate?
    if let text = parsed.paths.first {
      do {
        date = try CalendarDate(iso: text)
      } catch {
        return .badUsage("date « " + TerminalText.line(text) + " » : " + error.description)
      }
    }
    let entries = calendarEntries
    // A chosen reading applies to the programmes that have it; one that no programme has
    // is a usage error, as in `assess`.
    for choice in parsed.selection.choices
    where !entries.contains(where: { $0.programme?.readings.contains { $0.id == choice.id } ?? false }) {
      return .badUsage(
        "lecture inconnue : « " + TerminalText.line(choice.id.rawValue) + " » (relance readings les liste)")
    }
    var states: [CalendarState?] = []
    for entry in entries {
      guard let date else {
        states.append(nil)
        continue
      }
      switch state(of: entry, on: date, selection: parsed.selection) {
      case .success(let state): states.append(state)
      case .failure(let result): return result
      }
    }
    if parsed.flags.contains("--json") {
      var members: [JSONValue.Member] = []
      if let date { members.append(.init("date", .string(date.isoString))) }
      members.append(.init("windows", .array(zip(entries, states).map { entryJSON($0, state: $1) })))
      return .success(JSONValue.object(members).serialized() + "\n")
    }
    var lines: [String] = [date.map { "Fenêtres au " + $0.frenchDescription } ?? "Calendrier des fenêtres"]
    for (entry, state) in zip(entries, states) {
      lines.append("")
      lines.append(entry.name + "  [" + entry.identifier + "]")
      lines.append(
        "  " + entry.firstLabel + (entry.firstLabel == "prévu" ? "    : " : " : ")
          + (entry.text ?? entry.first.window.frenchDescription))
      if let actual = entry.actual { lines.append("  effectif : " + actual.window.frenchDescription) }
      if let state {
        lines.append("  → " + state.french)
        if let detail = state.detail { lines.append("    " + detail) }
        if let finding = state.finding {
          lines.append("    " + finding.message)
          if let reading = finding.reading {
            lines.append("    lecture " + reading.id.rawValue + " = " + reading.variant)
          }
        }
      }
      if let readings = entry.programme.map(windowReadings), !readings.isEmpty {
        lines.append("  lectures : " + readings.joined(separator: ", ") + " (relance readings)")
      }
      if let note = entry.note { lines.append("  note : " + note) }
    }
    return .success(lines.joined(separator: "\n") + "\n")
  }

  /// The readings a programme's window rule depends on.
  private static func windowReadings(_ programme: any FundingProgramme) -> [String] {
    programme.rules.first { $0.id == programme.windowRule }?.readings.map(\.rawValue) ?? []
  }

  /// Where `date` stands for `entry`: for a programme, what its window rule decides for a
  /// dossier filed that day under the chosen readings, so that `calendar` and `assess`
  /// agree on every date.
  private static func state(of entry: CalendarEntry, on date: CalendarDate, selection: ReadingSelection) -> Result<
    CalendarState, ToolResult
  > {
    guard let programme = entry.programme else {
      let state = LocalAuthorityFund.state(on: date)
      let french =
        switch state {
        case .notYetOpen: "pas encore ouvert"
        case .undetermined: "indéterminé"
        case .open: "ouvert"
        case .closed: "clos"
        }
      return .success(
        CalendarState(name: state.rawValue, french: french, detail: LocalAuthorityFund.frenchState(on: date)))
    }
    let own = ReadingSelection(
      selection.choices.filter { choice in programme.readings.contains { $0.id == choice.id } })
    let dossier = JSONValue.object([
      .init("programme", .string(programme.identifier.rawValue)), .init("reference", .string("calendrier")),
      .init("filedOn", .string(date.isoString)),
    ])
    let report: AssessmentReport
    do {
      report = try programme.report(onJSON: dossier, selection: own)
    } catch {
      switch error {
      case .reading(let reading): return .failure(.badUsage(reading.description))
      case .input(let input): return .failure(.badInput(file: "calendrier", input.description))
      }
    }
    guard let finding = report.assessment.findings.first(where: { $0.rule.id == programme.windowRule }) else {
      return .failure(.badInput(file: "calendrier", "aucune règle de fenêtre pour " + programme.identifier.rawValue))
    }
    switch finding.outcome {
    case .satisfied: return .success(CalendarState(name: "open", french: "ouvert", finding: finding))
    case .undetermined: return .success(CalendarState(name: "undetermined", french: "indéterminé", finding: finding))
    case .violated where date < programme.window.window.opening.earliest:
      return .success(CalendarState(name: "notYetOpen", french: "pas encore ouvert", finding: finding))
    case .violated: return .success(CalendarState(name: "closed", french: "clos", finding: finding))
    case .notApplicable, .missingInput:
      return .success(CalendarState(name: "undetermined", french: "indéterminé", finding: finding))
    }
  }

  private static func entryJSON(_ entry: CalendarEntry, state: CalendarState?) -> JSONValue {
    var members: [JSONValue.Member] = [
      .init("id", .string(entry.identifier)),
      .init("name", .string(entry.name)),
      .init(entry.firstLabel == "prévu" ? "planned" : "reported", entry.first.json),
      .init("actual", entry.actual.map(\.json) ?? .null),
      .init("closingStated", .bool(entry.inForce.window.closing.precision == .day)),
      .init("readings", .array((entry.programme.map(windowReadings) ?? []).map { .string($0) })),
    ]
    if let state {
      members.append(.init("state", .string(state.name)))
      if let finding = state.finding {
        var found: [JSONValue.Member] = [
          .init("rule", .string(finding.rule.id.rawValue)), .init("outcome", .string(finding.outcome.kind.name)),
          .init("message", .string(finding.message)),
        ]
        if let reading = finding.reading {
          found.append(
            .init(
              "reading",
              .object([.init("id", .string(reading.id.rawValue)), .init("variant", .string(reading.variant))])))
        }
        members.append(.init("finding", .object(found)))
      }
    }
    members.append(.init("note", .string(orNull: entry.note)))
    return .object(members)
  }
}
