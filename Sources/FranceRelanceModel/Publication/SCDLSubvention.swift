/// One row of the SCDL « subventions » format (schema.data.gouv.fr, version 2.1.1): an
/// award as French administrations publish it in open data.
///
/// Field names follow the schema; ``SCDLExport`` builds rows from a ledger.
public struct SCDLSubvention: Sendable, Hashable {
  /// The grantor's name.
  public var nomAttribuant: String
  /// The grantor's SIRET, 14 digits.
  public var idAttribuant: String
  /// The convention date, `YYYY-MM-DD`.
  public var dateConvention: String
  /// The decision reference.
  public var referenceDecision: String
  /// The beneficiary's name.
  public var nomBeneficiaire: String
  /// The beneficiary's SIRET, 14 digits (or empty when the RNA number is given).
  public var idBeneficiaire: String
  /// The beneficiary's RNA number, `W` and 9 digits (or empty).
  public var rnaBeneficiaire: String
  /// What the award funds, at most 256 characters.
  public var objet: String
  /// The amount, with a point and two decimals.
  public var montant: String
  /// `aide en numéraire` (a money grant).
  public var nature: String
  /// How it is paid, at most 256 characters.
  public var conditionsVersement: String
  /// The payment date, or the first and last payment dates: `YYYY-MM-DD/YYYY-MM-DD`.
  public var datesPeriodeVersement: String
  /// The state-aid register identifier (empty: not an aid to a company).
  public var idRAE: String
  /// `oui` or `non`: whether the aid was notified to the European Commission.
  public var notificationUE: String
  /// The share of the project's cost subsidised, from 0.01 to 1 (or empty when unknown).
  public var pourcentageSubvention: String
  /// The aid scheme: the programme or call.
  public var dispositifAide: String

  /// The column names, in the schema's order.
  public static let columns = [
    "nomAttribuant", "idAttribuant", "dateConvention", "referenceDecision", "nomBeneficiaire", "idBeneficiaire",
    "rnaBeneficiaire", "objet", "montant", "nature", "conditionsVersement", "datesPeriodeVersement", "idRAE",
    "notificationUE", "pourcentageSubvention", "dispositifAide",
  ]

  /// The values, in the order of ``columns``.
  public var values: [String] {
    [
      nomAttribuant, idAttribuant, dateConvention, referenceDecision, nomBeneficiaire, idBeneficiaire, rnaBeneficiaire,
      objet, montant, nature, conditionsVersement, datesPeriodeVersement, idRAE, notificationUE, pourcentageSubvention,
      dispositifAide,
    ]
  }
}
