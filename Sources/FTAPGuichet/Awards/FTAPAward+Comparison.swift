import FranceRelanceModel

extension FTAPAward {
  // MARK: Reports against targets

  /// A milestone report set beside the targets the deployment strategy gives for that
  /// milestone, indicator by indicator, in French: the value reported (or « non
  /// rapporté ») and the target (or « pas de cible »). Targets are the applicant's words,
  /// so they are shown, not computed against.
  ///
  /// ```swift
  /// award.comparison(of: report, at: 1)
  /// // [("Nombre de transmissions effectives de la donnée", "12 400", "10 000"), …]
  /// ```
  public func comparison(of report: IndicatorReport, at milestone: Int) -> [(
    indicator: String, reported: String, target: String
  )] {
    let planned = dossier.plannedIndicators.map(Array.init) ?? []
    let indicators = planned + mandatoryIndicators.filter { !planned.contains($0) }
    let targets = Dictionary(
      (dossier.deployment?.targets ?? []).map { ($0.indicator, $0.milestones) }, uniquingKeysWith: { first, _ in first }
    )
    return indicators.map { indicator in
      let target = targets[indicator].flatMap { milestone <= $0.count && milestone >= 1 ? $0[milestone - 1] : nil }
      return (indicator.frenchName, Self.value(of: indicator, in: report) ?? "non rapporté", target ?? "pas de cible")
    }
  }

  /// The reported value of an indicator, in French; `nil` when the report lacks it.
  static func value(of indicator: FTAPIndicator, in report: IndicatorReport) -> String? {
    // French grouping of thousands: « 12 400 ».
    func count(_ number: Int) -> String {
      let digits = String(number.magnitude)
      var text = ""
      for (offset, digit) in digits.enumerated() {
        if offset > 0, (digits.count - offset) % 3 == 0 { text.append(" ") }
        text.append(digit)
      }
      return (number < 0 ? "-" : "") + text
    }
    switch indicator {
    case .proactiveBeneficiaries:
      return report.beneficiaries.map {
        // French: 0 and 1 take the singular.
        count($0.informed) + ($0.informed > 1 ? " informés, " : " informé, ") + count($0.automatic)
          + " par attribution automatique"
      }
    case .proactiveConversionRate:
      return report.conversion.map { $0.rate?.description ?? "indéfini (aucun usager contacté)" }
    case .provisionReuses: return report.reuses.map(count)
    case .provisionTransmissions: return report.transmissions.map(count)
    case .provisionAccessDelay:
      return report.accessDelay.map { delay in
        guard let median = delay.median, let mean = delay.mean else { return "aucune demande" }
        return "médiane " + median.description + ", moyenne " + mean.description
      }
    }
  }
}
