public import FranceRelanceModel

extension FTAPAward {
  // MARK: Ledger

  /// The award's ledger events: its commitment on `envelope` (the granted amount on the
  /// convention date, with the beneficiary, its SIRET, the object, the total cost, the
  /// tranches and the readings the award was made under), then, under
  /// `ftap.tranches.withheld = lost`, one release for each tranche the reviews did not
  /// unlock, dated the day of that review: a lost tranche goes back to the envelope. Under
  /// the default, `notUnlocked`, such a tranche stays committed: it may still be unlocked.
  ///
  /// Appended to a ledger file, they make `relance envelopes --ledger` show what is left
  /// and `relance export scdl` publish the grant.
  ///
  /// - Parameters:
  ///   - reviews: the award's milestone reviews (``replay(json:at:guichet:)``).
  ///   - envelope: the envelope the grant is committed on (a ministry's FTAP allocation).
  ///   - object: the grant's object, as SCDL publishes it.
  public func ledgerEvents(after reviews: MilestoneReviewProcess, envelope: EnvelopeIdentifier, object: String)
    -> [LedgerEvent]
  {
    let reference = dossier.reference ?? ""
    var details = AwardDetails(
      beneficiarySIRET: dossier.applicant?.siret, conventionDate: conventionDate, object: object,
      totalCost: dossier.totalCost, tranches: schedule.tranches)
    details.readings = readings.applied.map { .init(id: $0.id, variant: $0.variant) }
    var events: [LedgerEvent] = [
      .committed(
        Commitment(
          reference: reference, envelope: envelope, amount: granted, date: conventionDate,
          beneficiary: dossier.applicant?.name, details: details))
    ]
    guard case .lost = readings.withheldTranche else { return events }
    for event in reviews.history {
      guard case .withholdTranche = event.action,
        let tranche = reviews.milestones.first(where: { $0.number == event.milestone })?.tranche
      else { continue }
      events.append(.released(reference: reference, amount: tranche.amount, date: event.date))
    }
    return events
  }
}
