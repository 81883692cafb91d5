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
  /// The project's duration in months (durée).
  public var durationMonths: Int?
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
