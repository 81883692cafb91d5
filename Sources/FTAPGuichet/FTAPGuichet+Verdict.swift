public import FranceRelanceModel

extension FTAPGuichet {
  // MARK: Verdict only

  /// The status and cap of a dossier, without findings or messages.
  ///
  /// Evaluates the same thirteen rules as ``assess(_:)`` on plain values: no string, array
  /// or finding is built. The FTAP property tests check on 100 000 generated dossiers that
  /// it always equals the full assessment's status and the report's cap.
  ///
  /// - Complexity: O(1).
  public func verdict(_ dossier: FTAPDossier) -> Verdict {
    var violated = false
    var missing = false
    @inline(__always) func check(_ known: Bool, _ satisfied: Bool) {
      if !known { missing = true } else if !satisfied { violated = true }
    }
    // ftap.window
    if let filed = dossier.filedOn {
      check(true, filed >= limits.firstDay && filed <= limits.lastDay)
    } else {
      missing = true
    }
    // ftap.applicant
    if let kind = dossier.applicant?.kind {
      check(true, kind == .stateAdministration || kind == .publicOperator)
    } else {
      missing = true
    }
    // ftap.projectType
    let types = dossier.projectTypes
    check(types != nil, types.map { !$0.isEmpty } ?? false)
    // ftap.size, ftap.cofinancing.rate, ftap.cofinancing.personnel
    let total = dossier.totalCost
    let requested = dossier.requestedCoFinancing
    var cap: Euros?
    if let total {
      check(true, total.cents >= limits.minimumCents && total.cents <= limits.maximumCents)
      let rateLimit = limits.rateLimit(of: total)
      let personnelLimit = dossier.personnelCost.flatMap { try? total.subtracting($0) }
      cap = personnelLimit.map { min(rateLimit, $0) } ?? rateLimit
      if let requested {
        check(true, requested <= rateLimit)
        if let personnelLimit { check(true, requested <= personnelLimit) } else { missing = true }
      } else {
        missing = true
      }
    } else {
      missing = true
    }
    // ftap.referencing.api, ftap.referencing.dataGouv
    let commitments = dossier.commitments
    func committed(_ commitment: FTAPCommitment) {
      if let flag = commitments?[commitment] { check(true, flag) } else { missing = true }
    }
    if let types {
      if types.contains(.dataProvision) {
        switch dossier.dataProvision?.api {
        case nil: missing = true
        case true?: committed(.apiGouvReferencing)
        case false?: break
        }
        switch dossier.dataProvision?.openData {
        case nil: missing = true
        case true?: committed(.dataGouvReferencing)
        case false?: break
        }
      }
    } else {
      missing = true
    }
    // ftap.quality.*
    committed(.openSource)
    committed(.accessibility)
    committed(.ecoResponsibility)
    // ftap.indicators
    if let mandatory = FTAPIndicator.mandatorySet(types: types, provision: dossier.dataProvision) {
      if !mandatory.isEmpty {
        if let planned = dossier.plannedIndicators {
          check(true, planned.isSuperset(of: mandatory))
        } else {
          missing = true
        }
      }
    } else {
      missing = true
    }
    // ftap.impactModel
    if let model = dossier.impactModel { check(true, FTAPGuichet.isDescribed(model)) } else { missing = true }
    return Verdict(status: violated ? .ineligible : missing ? .incomplete : .eligible, cap: cap)
  }

  /// Whether a text holds something other than white space. An ASCII letter settles it
  /// without walking grapheme clusters; otherwise every character is checked.
  @inlinable
  static func isDescribed(_ text: String) -> Bool {
    for byte in text.utf8 {
      switch byte {
      case 0x09...0x0D, 0x20: continue
      case 0x21...0x7E: return true
      default: return text.contains { !$0.isWhitespace }
      }
    }
    return false
  }
}
