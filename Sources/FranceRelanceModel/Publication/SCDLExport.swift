/// Publishes the awards of a ledger in the SCDL « subventions » format (version 2.1.1).
///
/// One row per award still committed (its amount less what was released; fully released
/// awards are left out). Each award must carry a beneficiary name, a SIRET or an RNA
/// number, and an object; the convention date defaults to the award date. As the official
/// format asks: `conditionsVersement` is `unique` (on the single payment's date, or the
/// convention date without a schedule) or `échelonné` (with the first and last payment
/// dates, `AAAA-MM-JJ/AAAA-MM-JJ`); `pourcentageSubvention` is the beneficiary's share of
/// the grant, `1.00` for the single beneficiary of a commitment (not a co-financing rate);
/// `dispositifAide` is the identifier of the programme's « dispositif d'aide » record
/// (``AidScheme``, published by `relance export dispositifs`). `notificationUE` is `non` and `idRAE` empty: these are grants
/// between public bodies, not state aid to companies.
///
/// Safety: no cell starts with `=`, `+`, `-` or `@` (a spreadsheet would run it; such an
/// award is refused, naming the field), quoting is decided on Unicode scalars, and the
/// tranches' sum is overflow-checked.
///
/// ```swift
/// let rows = try SCDLExport.rows(from: ledger, grantor: grantor)
/// let csv = SCDLExport.csv(rows)
/// ```
public enum SCDLExport {
  /// Why an award cannot be published.
  public struct Failure: Error, Sendable, Hashable, CustomStringConvertible {
    /// The award's reference.
    public let reference: String
    /// The ledger event field at fault (`beneficiary`, `object`, `tranches`…), or
    /// `grantor.name` (with an empty reference) for the grantor.
    public let field: String
    /// Why, in French.
    public let reason: String

    /// The failure in one line.
    public var description: String { reference + " (" + field + ") : " + reason }
  }

  /// The « dispositif d'aide » identifier of each call's envelope (``RelanceCall/aidScheme``):
  /// the default of ``rows(from:grantor:schemes:)``.
  public static var relanceSchemes: [EnvelopeIdentifier: String] {
    Dictionary(uniqueKeysWithValues: RelanceCall.allCases.map { ($0.envelopeIdentifier, $0.aidScheme.id) })
  }

  /// The rows of a ledger's awards, in the order they were committed; `dispositifAide`
  /// holds the identifier `schemes` gives the award's envelope (empty for another).
  ///
  /// - Throws: ``Failure`` for the first award that lacks what the format requires.
  public static func rows(
    from ledger: EnvelopeLedger, grantor: Grantor, schemes: [EnvelopeIdentifier: String] = relanceSchemes
  ) throws(Failure) -> [SCDLSubvention] {
    if let reason = spreadsheetHazard(grantor.name) {
      throw Failure(reference: "", field: "grantor.name", reason: reason)
    }
    var rows: [SCDLSubvention] = []
    for entry in ledger.entriesInOrder where entry.outstanding > .zero {
      rows.append(try row(for: entry, grantor: grantor, scheme: schemes[entry.commitment.envelope] ?? ""))
    }
    return rows
  }

  static func row(for entry: EnvelopeLedger.Entry, grantor: Grantor, scheme: String) throws(Failure) -> SCDLSubvention {
    let commitment = entry.commitment
    let reference = commitment.reference
    let details = commitment.details ?? AwardDetails()
    guard let beneficiary = commitment.beneficiary, !beneficiary.isEmpty else {
      throw Failure(reference: reference, field: "beneficiary", reason: "nom du bénéficiaire absent")
    }
    guard details.beneficiarySIRET != nil || details.beneficiaryRNA != nil else {
      throw Failure(
        reference: reference, field: "beneficiarySiret", reason: "SIRET ou numéro RNA du bénéficiaire absent")
    }
    guard let object = details.object, !object.isEmpty else {
      throw Failure(reference: reference, field: "object", reason: "objet de la subvention absent")
    }
    let amount = entry.outstanding
    let convention = details.conventionDate ?? commitment.date
    for (field, value) in [
      ("beneficiary", beneficiary), ("object", object), ("decisionReference", details.decisionReference ?? ""),
    ] {
      if let reason = spreadsheetHazard(value) { throw Failure(reference: reference, field: field, reason: reason) }
    }
    let (conditions, dates) = try payment(details.tranches, released: entry.released, reference: reference)
    // SCDL 2.1.1: pourcentageSubvention is this beneficiary's share of the grant, not a
    // co-financing rate; a commitment has one beneficiary, who receives all of it.
    return SCDLSubvention(
      nomAttribuant: grantor.name, idAttribuant: grantor.siret.digits, dateConvention: convention.isoString,
      referenceDecision: details.decisionReference ?? "", nomBeneficiaire: beneficiary,
      idBeneficiaire: details.beneficiarySIRET?.digits ?? "", rnaBeneficiaire: details.beneficiaryRNA ?? "",
      objet: object, montant: amount.decimalString, nature: "aide en numéraire", conditionsVersement: conditions,
      datesPeriodeVersement: dates, idRAE: "", notificationUE: "non", pourcentageSubvention: "1.00",
      dispositifAide: scheme)
  }

  /// Why a spreadsheet would run a cell as a formula, or `nil`: a cell that starts with
  /// `=`, `+`, `-` or `@` (or a tab or carriage return before one of them) is refused, not
  /// rewritten, so that the published file says what the ledger says.
  static func spreadsheetHazard(_ text: String) -> String? {
    guard let first = text.unicodeScalars.first(where: { $0 != "\t" && $0 != "\r" && $0 != " " }) else { return nil }
    switch first {
    case "=", "+", "-", "@":
      return "commence par « " + String(first) + " », qu'un tableur exécuterait comme une formule"
    default: return nil
    }
  }

  /// `conditionsVersement` and `datesPeriodeVersement` (SCDL 2.1.1), from the payments the
  /// ledger records (the commitment's tranches): `unique` with the payment's date, or
  /// `échelonné` with the first and last payment dates. The last tranches that a release
  /// gave back whole (a tranche lost at a review) are not payments and are left out; a
  /// tranche a release only reduces is still paid, on its date. The convention's or the
  /// commitment's date is never published as a payment.
  ///
  /// - Throws: ``Failure`` when the commitment records no tranche (its payment dates are
  ///   unknown: the ledger must give them) or when the tranches' sum overflows.
  static func payment(_ tranches: [Tranche]?, released: Euros, reference: String) throws(Failure) -> (String, String) {
    guard let tranches, !tranches.isEmpty else {
      throw Failure(
        reference: reference, field: "tranches",
        reason:
          "échéancier de versement absent : la date de versement n'est pas connue, et celle de la convention ou de l'engagement n'en est pas une"
      )
    }
    do {
      _ = try Euros.sum(tranches.map(\.amount))
    } catch {
      throw Failure(
        reference: reference, field: "tranches", reason: "la somme des tranches dépasse la limite des montants")
    }
    // The trailing tranches a release gave back whole are not paid.
    var paid = tranches[...]
    var left = released.cents
    while let last = paid.last, paid.count > 1, last.amount.cents <= left {
      left -= last.amount.cents
      paid = paid.dropLast()
    }
    let first = paid.first!
    let last = paid.last!
    if paid.count == 1 { return ("unique", first.date.isoString) }
    return ("échelonné", first.date.isoString + "/" + last.date.isoString)
  }

  /// The rows as a CSV file: the header, then one line per row, comma separator, CRLF line
  /// ends, fields quoted by ``field(_:)``.
  public static func csv(_ rows: [SCDLSubvention]) -> String {
    ([SCDLSubvention.columns] + rows.map(\.values)).map { $0.map(field).joined(separator: ",") }.joined(
      separator: "\r\n")
      + "\r\n"
  }

  /// A CSV field, quoted when needed.
  public static func field(_ text: String) -> String { field(text, separator: ",") }

  /// A CSV field for a given separator, quoted when it holds the separator, a quote or a
  /// line break.
  public static func field(_ text: String, separator: Unicode.Scalar) -> String {
    // Decided on Unicode scalars: "\r\n", or a comma followed by a combining mark, is one
    // Character but still a separator for a CSV reader.
    guard text.unicodeScalars.contains(where: { $0 == separator || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else {
      return text
    }
    // Quotes doubled scalar by scalar: a quote followed by a combining mark or a joiner is
    // one Character, which a split on Characters would leave single, forging a field end.
    var quoted = String.UnicodeScalarView()
    quoted.append("\"")
    for scalar in text.unicodeScalars {
      quoted.append(scalar)
      if scalar == "\"" { quoted.append("\"") }
    }
    quoted.append("\"")
    return String(quoted)
  }

  /// Rows as a CSV file for French spreadsheets: a UTF-8 byte-order mark, semicolons
  /// between fields (a comma is the decimal separator there), CRLF line ends. The official
  /// file is ``csv(_:)``; this one is a convenience copy with the same cells.
  public static func excelCSV(header: [String], rows: [[String]]) -> String {
    "\u{FEFF}"
      + ([header] + rows).map { $0.map { field($0, separator: ";") }.joined(separator: ";") }.joined(separator: "\r\n")
      + "\r\n"
  }
}
