/// The fields every programme's dossier shares: who files, when, and the money.
///
/// Any field may be `nil`: a rule that needs an absent field gives a missing-input
/// finding. Programme dossiers (``RelanceDossier``, and the FTAP dossier) embed one and
/// expose its fields directly.
public struct DossierBasics: Sendable, Hashable {
  // MARK: Stored properties

  /// The dossier's reference (référence du dossier).
  public var reference: String?
  /// The day the dossier was filed (date de dépôt).
  public var filedOn: CalendarDate?
  /// The body that files it (porteur).
  public var applicant: Applicant?
  /// The project's total cost (coût total du projet), positive.
  public var totalCost: Euros?
  /// The personnel costs within the total cost (dépenses de personnel, Titre 2).
  public var personnelCost: Euros?
  /// The co-financing requested (cofinancement demandé).
  public var requestedCoFinancing: Euros?
  /// The project's duration in months (durée). The interchange format accepts 1 to
  /// ``durationLimit`` months; a duration outside them set through the API is read by the
  /// rules as absent (``usableDurationMonths``).
  public var durationMonths: Int?

  /// The duration when it is within 1 to ``durationLimit`` months, the range the
  /// interchange format accepts; `nil` otherwise, so that a dossier built in Swift with a
  /// duration of 0 or of a million months is incomplete, never eligible without a schedule.
  @inlinable
  public var usableDurationMonths: Int? {
    guard let durationMonths, durationMonths >= 1, durationMonths <= Self.durationLimit else { return nil }
    return durationMonths
  }
  /// The day the project starts (date de démarrage).
  public var startDate: CalendarDate?

  // MARK: Creating

  /// Creates the common fields.
  public init(
    reference: String? = nil, filedOn: CalendarDate? = nil, applicant: Applicant? = nil,
    totalCost: Euros? = nil, personnelCost: Euros? = nil, requestedCoFinancing: Euros? = nil,
    durationMonths: Int? = nil, startDate: CalendarDate? = nil
  ) {
    self.reference = reference
    self.filedOn = filedOn
    self.applicant = applicant
    self.totalCost = totalCost
    self.personnelCost = personnelCost
    self.requestedCoFinancing = requestedCoFinancing
    self.durationMonths = durationMonths
    self.startDate = startDate
  }
}
