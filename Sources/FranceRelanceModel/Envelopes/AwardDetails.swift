/// What publishing an award needs beyond its amount (the SCDL « subventions » format of
/// schema.data.gouv.fr): who receives it, under which convention and decision, for what,
/// out of which total cost, and how it is paid.
public struct AwardDetails: Sendable, Hashable {
  /// The beneficiary's SIRET (idBeneficiaire).
  public var beneficiarySIRET: SIRET?
  /// The beneficiary's number in the associations register, `W` and 9 digits
  /// (rnaBeneficiaire).
  public var beneficiaryRNA: String?
  /// The day the convention was signed (dateConvention).
  public var conventionDate: CalendarDate?
  /// The reference of the award decision (referenceDecision).
  public var decisionReference: String?
  /// What the award funds, at most 256 characters (objet).
  public var object: String?
  /// The project's total cost, to publish the share subsidised (pourcentageSubvention).
  public var totalCost: Euros?
  /// The payment schedule (conditionsVersement, datesPeriodeVersement).
  public var tranches: [Tranche]?
  /// The readings the award was made under, each reading with its variant, in the order
  /// the programme declares them: an auditor sees which interpretation of the texts the
  /// grant rests on. Set it after creating the details.
  public var readings: [ReadingSelection.Choice]? = nil

  /// Creates the details.
  public init(
    beneficiarySIRET: SIRET? = nil, beneficiaryRNA: String? = nil, conventionDate: CalendarDate? = nil,
    decisionReference: String? = nil, object: String? = nil, totalCost: Euros? = nil, tranches: [Tranche]? = nil
  ) {
    self.beneficiarySIRET = beneficiarySIRET
    self.beneficiaryRNA = beneficiaryRNA
    self.conventionDate = conventionDate
    self.decisionReference = decisionReference
    self.object = object
    self.totalCost = totalCost
    self.tranches = tranches
  }

  /// Whether `text` is an associations-register number: `W` followed by 9 digits.
  public static func isRNA(_ text: String) -> Bool {
    let bytes = Array(text.utf8)
    return bytes.count == 10 && bytes[0] == UInt8(ascii: "W")
      && bytes.dropFirst().allSatisfy { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }
  }

  /// The limit SCDL sets on an object: « fewer than 256 characters », counted as Unicode
  /// scalars (an object is accepted when it has fewer).
  public static let objectLimit = 256
}
