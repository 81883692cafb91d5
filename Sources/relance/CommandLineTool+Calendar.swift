import FTAPGuichet
import FranceRelanceModel
import FundingProgrammes

extension CommandLineTool {
  // MARK: calendar

  /// A named window of the calendar, planned and (when known) actual.
  struct CalendarEntry {
    let identifier: String
    let name: String
    let planned: ScheduledWindow
    let actual: ScheduledWindow?
    let note: String?
    /// The window as its text gives it, where the window's precision says less (the
    /// local-authority fund opened « fin janvier »).
    var label: String? = nil

    var inForce: ScheduledWindow { actual ?? planned }
    /// Whether a text gives the closing day (the 2nd and 3rd calls have only an opening
    /// quarter: reading `relance.window.closing`).
    var closingIsStated: Bool { inForce.window.closing.precision == .day }
  }

  static var calendarEntries: [CalendarEntry] {
    RelanceCall.allCases.map { call in
      let calendar = call.calendar
      return CalendarEntry(
        identifier: call.rawValue, name: call.shortName, planned: calendar.planned, actual: calendar.actual,
        note: calendar.note)
    } + [
      CalendarEntry(
        identifier: "collectivites", name: LocalAuthorityFund.title, planned: LocalAuthorityFund.window, actual: nil,
        note: "Réservé aux collectivités territoriales.", label: LocalAuthorityFund.frenchWindow),
      CalendarEntry(
        identifier: FTAPGuichet.identifier.rawValue, name: FTAPGuichet().title, planned: FTAPGuichet().window,
        actual: nil, note: nil),
    ]
  }

  static func calendar(_ arguments: [String]) -> ToolResult {
    guard let (flags, positional) = parse(arguments, flags: ["--json"]), positional.count <= 1 else {
      return .badUsage("utilisation : relance calendar [AAAA-MM-JJ] [--json]")
    }
    var date: CalendarDate?
    if let text = positional.first {
      do {
        date = try CalendarDate(iso: text)
      } catch {
        return .badUsage("date « " + text + " » : " + error.description)
      }
    }
    let entries = calendarEntries
    if flags.contains("--json") {
      var members: [JSONValue.Member] = []
      if let date { members.append(.init("date", .string(date.isoString))) }
      members.append(.init("windows", .array(entries.map { entryJSON($0, on: date) })))
      return .success(JSONValue.object(members).serialized() + "\n")
    }
    var lines: [String] = [date.map { "Fenêtres au " + $0.frenchDescription } ?? "Calendrier des fenêtres"]
    for entry in entries {
      lines.append("")
      lines.append(entry.name + "  [" + entry.identifier + "]")
      lines.append("  prévu    : " + (entry.label ?? entry.planned.window.frenchDescription))
      if let actual = entry.actual { lines.append("  effectif : " + actual.window.frenchDescription) }
      if let date { lines.append("  → " + stateText(entry.inForce.window.position(of: date), entry: entry)) }
      if !entry.closingIsStated {
        lines.append("  clôture : non donnée par les textes (lecture relance.window.closing)")
      }
      if let note = entry.note { lines.append("  note : " + note) }
    }
    return .success(lines.joined(separator: "\n") + "\n")
  }

  private static func stateName(_ position: DateWindow.Position, entry: CalendarEntry) -> String {
    switch position {
    case .before: "notYetOpen"
    case .within(let certainly): certainly ? "open" : "possiblyOpen"
    case .after: entry.closingIsStated ? "closed" : "undetermined"
    }
  }

  private static func stateText(_ position: DateWindow.Position, entry: CalendarEntry) -> String {
    switch position {
    case .before: return "pas encore ouvert (ouverture : " + entry.inForce.window.opening.frenchDescription + ")"
    case .within(true): return "ouvert"
    case .within(false): return "ouvert selon la lecture large (le texte ne donne pas le jour exact)"
    case .after:
      guard entry.closingIsStated else {
        return "indéterminé : après le trimestre d'ouverture (" + entry.inForce.window.opening.frenchDescription
          + "), les textes ne disent pas si l'appel était encore ouvert (clos selon relance.window.closing = quarterEnd)"
      }
      return "clos (clôture : " + entry.inForce.window.closing.frenchDescription + ")"
    }
  }

  private static func windowJSON(_ schedule: ScheduledWindow) -> JSONValue {
    .object([
      "opening": .string(schedule.window.opening.description),
      "openingPrecision": .string(schedule.window.opening.precision.rawValue),
      "closing": .string(schedule.window.closing.description),
      "closingPrecision": .string(schedule.window.closing.precision.rawValue),
      "citations": .array(schedule.citations.map(\.json)),
      "interpretation": .string(orNull: schedule.interpretation),
    ])
  }

  private static func entryJSON(_ entry: CalendarEntry, on date: CalendarDate?) -> JSONValue {
    var members: [JSONValue.Member] = [
      .init("id", .string(entry.identifier)),
      .init("name", .string(entry.name)),
      .init("planned", windowJSON(entry.planned)),
      .init("actual", entry.actual.map(windowJSON) ?? .null),
      .init("closingStated", .bool(entry.closingIsStated)),
    ]
    if let date {
      members.append(.init("state", .string(stateName(entry.inForce.window.position(of: date), entry: entry))))
    }
    members.append(.init("note", .string(orNull: entry.note)))
    return .object(members)
  }
}
