extension RelanceRules {
  /// `relance.window`: the call's calendar, « 16 Novembre 2020 : Ouverture du 1er appel à
  /// projets » … (seeds 003 and 001).
  ///
  /// Violated before the opening or after a stated closing. AAP2 and AAP3 are known only
  /// by their quarter: inside it before its last day, undetermined by default (reading
  /// `relance.window.opening`, satisfied under `quarterStart`); after it, undetermined by
  /// default (reading `relance.window.closing`, violated under `quarterEnd`). AAP3's
  /// quarter itself is a reading (`relance.aap3.quarter`: T4 by default, T2). AAP1 filed
  /// from 20 to 31 December 2020: undetermined by default (`relance.aap1.closing`).
  ///
  /// Messages, rendered from the decision's figures:
  /// - Satisfied: the filing date and the window, and whether the text gives only a month or a quarter.
  /// - Violated: the filing date, before the opening (with the planned opening when the actual one differs) or after a stated closing.
  /// - Undetermined: the filing date, inside the opening quarter before its last day (no opening day), after it (no closing), or after AAP1's planned closing in December 2020.
  /// - Missing input: the filing date.
  public enum Window: RuleDefinition {
    /// Where the filing date falls.
    public typealias Figures = FilingPosition

    /// The rule book.
    public typealias Book = RelanceRules
    /// `relance.window`.
    public static let id: RuleIdentifier = "relance.window"
    /// The sentences of the call's window in force; for AAP1, also seed 001's reported
    /// closing; for AAP3, also the contradicting sentence of its other quarter.
    public static func citations(_ parameters: RelanceParameters) -> [Citation] {
      let calendar = parameters.call.calendar
      return calendar.inForce.citations
        + (parameters.reportedClosing == nil ? [] : [RelanceCall.aap1ReportedClosingCitation])
        + (calendar.alternative?.citations ?? [])
    }

    /// The sentence that decided: for AAP1, the planned closing (under `planned`) or seed
    /// 001's « clôturé à la fin de l'année 2020 » after the planned closing; for AAP3 under
    /// `secondQuarter`, the sentence of that quarter; otherwise the window's first sentence.
    public static func decidingCitation(_ decision: Decision<Figures, RelanceField>, _ context: Context) -> Int {
      let p = context.parameters
      let inForce = p.call.calendar.inForce.citations.count
      guard let figures = decision.figures else { return 0 }
      if let reported = p.reportedClosing {
        switch figures {
        case .withinReportedClosing: return inForce
        case .after(let filed): return filed <= reported ? inForce - 1 : inForce
        default: return 0
        }
      }
      if p.alternativeWindow != nil, case .secondQuarter = context.readings.aap3Quarter { return inForce }
      return 0
    }
    /// The readings of the call's window: AAP1's closing (`relance.aap1.closing`); for the
    /// calls known only by their quarter, the opening day (`relance.window.opening`) and
    /// the closing (`relance.window.closing`), and for the third call its quarter
    /// (`relance.aap3.quarter`).
    public static func readings(_ parameters: RelanceParameters) -> [ReadingIdentifier] {
      if parameters.reportedClosing != nil { return [.relanceAap1Closing] }
      guard !parameters.closingIsStated else { return [] }
      return [.relanceWindowOpening, .relanceWindowClosing]
        + (parameters.alternativeWindow == nil ? [] : [.relanceAap3Quarter])
    }
    /// The filing date.
    public static var inputs: EnumSet<RelanceField> { [.filedOn] }

    /// « Dépôt pendant la fenêtre de l'appel ».
    public static func title(_ parameters: RelanceParameters) -> String { "Dépôt pendant la fenêtre de l'appel" }

    /// How the call's window is read.
    public static func interpretation(_ parameters: RelanceParameters) -> String? {
      parameters.call.calendar.inForce.interpretation
    }

    /// The decision.
    @inlinable @inline(__always)
    public static func decide(_ dossier: borrowing RelanceDossier, _ context: Context) -> Decision<
      Figures, RelanceField
    > {
      guard let filed = dossier.basics.filedOn else { return .missingField(.filedOn) }
      let p = context.parameters
      let window = p.window(context.readings)
      switch window.position(of: filed) {
      case .before: return .violated(.before(filed))
      case .within(let certainly):
        // A quarter gives no opening day: before the quarter's last day the filing may
        // precede the opening.
        if window.opening.precision != .day, filed < window.opening.latest,
          case .undetermined = context.readings.windowOpening
        {
          return .undetermined(.within(filed, certainly: false))
        }
        return .satisfied(.within(filed, certainly: certainly))
      case .after:
        if !p.closingIsStated, case .undetermined = context.readings.windowClosing {
          return .undetermined(.after(filed))
        }
        if let reported = p.reportedClosing, filed <= reported {
          switch context.readings.aap1Closing {
          case .undetermined: return .undetermined(.withinReportedClosing(filed, reported))
          case .yearEnd: return .satisfied(.withinReportedClosing(filed, reported))
          case .planned: return .violated(.after(filed))
          }
        }
        return .violated(.after(filed))
      }
    }

    /// The French message.
    public static func message(_ kind: Outcome.Kind, _ figures: Figures, _ context: Context) -> String {
      let p = context.parameters
      let window = p.window(context.readings)
      let name = p.call.shortName
      let quarterReading = p.alternativeWindow == nil ? "" : ", lecture relance.aap3.quarter"
      switch figures {
      case .before(let filed):
        var message =
          "Dossier déposé le \(filed.frenchDescription), avant l'ouverture du \(name) (\(window.opening.frenchDescription)\(quarterReading))"
        if let planned = p.plannedOpening {
          message +=
            " ; l'ouverture était prévue le \(planned.frenchDescription) mais n'a eu lieu que le \(window.opening.frenchDescription)"
        }
        return message + "."
      case .withinReportedClosing(let filed, _) where kind == .undetermined:
        return
          "Dossier déposé le \(filed.frenchDescription), après la clôture prévue du \(name) (\(window.closing.frenchDescription)) : le bilan Etalab dit l'appel « clôturé à la fin de l’année 2020 » sans en donner le jour, les textes ne disent pas si l'appel était encore ouvert."
      case .withinReportedClosing(let filed, let reported):
        return
          "Dossier déposé le \(filed.frenchDescription), après la clôture prévue du \(name) (\(window.closing.frenchDescription)) mais au plus tard le \(reported.frenchDescription) : le bilan Etalab dit l'appel « clôturé à la fin de l’année 2020 », lu comme le \(reported.frenchDescription) (lecture relance.aap1.closing)."
      case .after(let filed):
        let closing = window.closing.frenchDescription
        guard kind == .undetermined else {
          if let reported = p.reportedClosing, filed <= reported {
            return
              "Dossier déposé le \(filed.frenchDescription), après la clôture prévue du \(name) (\(closing)), retenue comme clôture (lecture relance.aap1.closing) ; le bilan Etalab dit l'appel « clôturé à la fin de l’année 2020 » sans en donner le jour."
          }
          guard p.closingIsStated else {
            return
              "Dossier déposé le \(filed.frenchDescription), après le trimestre d'ouverture du \(name) (\(closing)\(quarterReading)), lu comme sa clôture (lecture relance.window.closing)."
          }
          return "Dossier déposé le \(filed.frenchDescription), après la clôture du \(name) (\(closing))."
        }
        return
          "Dossier déposé le \(filed.frenchDescription), après le trimestre d'ouverture du \(name) (\(closing)\(quarterReading)) : les textes ne donnent pas de date de clôture, ils ne disent pas si l'appel était encore ouvert."
      case .within(let filed, _) where kind == .undetermined:
        return
          "Dossier déposé le \(filed.frenchDescription), pendant le trimestre d'ouverture du \(name) (\(window.opening.frenchDescription)\(quarterReading)) : les textes ne donnent pas le jour d'ouverture, le dépôt a pu le précéder."
      case .within(let filed, let certainly):
        var message =
          "Dossier déposé le \(filed.frenchDescription), pendant la fenêtre du \(name) (\(window.frenchDescription)\(quarterReading))"
        if !certainly {
          let unit = window.precision == .quarter ? "trimestre" : "mois"
          message +=
            " ; le texte ne donne que le \(unit), les jours exacts d'ouverture et de clôture ne sont pas connus"
          if window.precision == .quarter, filed == window.closing.latest {
            message +=
              " : l'appel est lu comme encore ouvert le dernier jour de son trimestre, ce que les textes ne confirment pas"
          }
        }
        return message + "."
      }
    }
  }
}
