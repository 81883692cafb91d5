extension RelanceRules {
  /// `relance.window`: the call's calendar, « 16 Novembre 2020 : Ouverture du 1er appel à
  /// projets » … (seeds 003 and 001).
  ///
  /// Violated before the opening or after a stated closing. AAP2 and AAP3 have no stated
  /// closing (reading `relance.window.closing`): after their quarter, undetermined by
  /// default, violated under `quarterEnd`.
  ///
  /// Messages, rendered from the decision's figures:
  /// - Satisfied: the filing date and the window, and whether the text gives only a month or a quarter.
  /// - Violated: the filing date, before the opening (with the planned opening when the actual one differs) or after a stated closing.
  /// - Undetermined: the filing date, after the opening quarter, and that the texts give no closing.
  /// - Missing input: the filing date.
  public enum Window: RuleDefinition {
    /// Where the filing date falls.
    public typealias Figures = FilingPosition

    /// The rule book.
    public typealias Book = RelanceRules
    /// `relance.window`.
    public static let id: RuleIdentifier = "relance.window"
    /// The sentences of the call's window in force.
    public static func citations(_ parameters: RelanceParameters) -> [Citation] {
      parameters.call.calendar.inForce.citations
    }
    /// `relance.window.closing`.
    public static func reading(_ parameters: RelanceParameters) -> ReadingIdentifier? {
      if parameters.reportedClosing != nil { return "relance.aap1.closing" }
      return parameters.closingIsStated ? nil : "relance.window.closing"
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
      switch p.window.position(of: filed) {
      case .before: return .violated(.before(filed))
      case .within(let certainly): return .satisfied(.within(filed, certainly: certainly))
      case .after:
        if !p.closingIsStated, case .undetermined = context.readings.windowClosing {
          return .undetermined(.after(filed))
        }
        if let reported = p.reportedClosing, filed <= reported, case .yearEnd = context.readings.aap1Closing {
          return .satisfied(.withinReportedClosing(filed, reported))
        }
        return .violated(.after(filed))
      }
    }

    /// The French message.
    public static func message(_ kind: Outcome.Kind, _ figures: Figures, _ context: Context) -> String {
      let p = context.parameters
      let name = p.call.shortName
      switch figures {
      case .before(let filed):
        var message =
          "Dossier déposé le \(filed.frenchDescription), avant l'ouverture du \(name) (\(p.window.opening.frenchDescription))"
        if let planned = p.plannedOpening {
          message +=
            " ; l'ouverture était prévue le \(planned.frenchDescription) mais n'a eu lieu que le \(p.window.opening.frenchDescription)"
        }
        return message + "."
      case .withinReportedClosing(let filed, let reported):
        return
          "Dossier déposé le \(filed.frenchDescription), après la clôture prévue du \(name) (\(p.window.closing.frenchDescription)) mais au plus tard le \(reported.frenchDescription) : le bilan Etalab dit l'appel « clôturé à la fin de l’année 2020 »."
      case .after(let filed):
        let closing = p.window.closing.frenchDescription
        guard kind == .undetermined else {
          guard let reported = p.reportedClosing, filed <= reported else {
            return "Dossier déposé le \(filed.frenchDescription), après la clôture du \(name) (\(closing))."
          }
          return
            "Dossier déposé le \(filed.frenchDescription), après la clôture prévue du \(name) (\(closing)) ; le bilan Etalab dit l'appel « clôturé à la fin de l’année 2020 », ce qui est compatible avec cette date sans la confirmer."
        }
        return
          "Dossier déposé le \(filed.frenchDescription), après le trimestre d'ouverture du \(name) (\(closing)) : les textes ne donnent pas de date de clôture, ils ne disent pas si l'appel était encore ouvert."
      case .within(let filed, let certainly):
        var message =
          "Dossier déposé le \(filed.frenchDescription), pendant la fenêtre du \(name) (\(p.window.frenchDescription))"
        if !certainly {
          let unit = p.window.precision == .quarter ? "trimestre" : "mois"
          message += " ; le texte ne donne que le \(unit), les jours exacts d'ouverture ne sont pas connus"
        }
        return message + "."
      }
    }
  }
}
