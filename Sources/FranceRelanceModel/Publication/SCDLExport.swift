/// Publishes the awards of a ledger in the SCDL « subventions » format (version 2.1.1).
///
/// One row per award still committed (its amount less what was released; fully released
/// awards are left out). Each award must carry a beneficiary name, a SIRET or an RNA
/// number, and an object; the convention date defaults to the award date. The payment
/// conditions and dates come from the award's tranche schedule (« versement unique » on the
/// convention date when it has none). `notificationUE` is `non` and `idRAE` empty: these
/// are grants between public bodies, not state aid to companies.
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
    /// The ledger event field at fault (`beneficiary`, `object`, `totalCost`…).
    public let field: String
    /// Why, in French.
    public let reason: String

    /// The failure in one line.
    public var description: String { reference + " (" + field + ") : " + reason }
  }

  /// The rows of a ledger's awards, in the order they were committed.
  ///
  /// - Throws: ``Failure`` for the first award that lacks what the format requires.
  public static func rows(from ledger: EnvelopeLedger, grantor: Grantor) throws(Failure) -> [SCDLSubvention] {
    var rows: [SCDLSubvention] = []
    for entry in ledger.entriesInOrder where entry.outstanding > .zero {
      rows.append(try row(for: entry, grantor: grantor, tree: ledger.tree))
    }
    return rows
  }

  static func row(for entry: EnvelopeLedger.Entry, grantor: Grantor, tree: Envelope) throws(Failure) -> SCDLSubvention {
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
    var share = ""
    if let total = details.totalCost {
      guard let rate = try? Rate(amount, of: total), rate <= .percent(100), rate >= .percent(1) else {
        throw Failure(
          reference: reference, field: "totalCost",
          reason: "la part subventionnée (" + amount.description + " sur " + total.description + ") sort de 1 % à 100 %"
        )
      }
      share = decimalShare(rate)
    }
    let (conditions, dates) = payment(details.tranches, amount: amount, convention: convention)
    return SCDLSubvention(
      nomAttribuant: grantor.name, idAttribuant: grantor.siret.digits, dateConvention: convention.isoString,
      referenceDecision: details.decisionReference ?? "", nomBeneficiaire: beneficiary,
      idBeneficiaire: details.beneficiarySIRET?.digits ?? "", rnaBeneficiaire: details.beneficiaryRNA ?? "",
      objet: object, montant: amount.decimalString, nature: "aide en numéraire", conditionsVersement: conditions,
      datesPeriodeVersement: dates, idRAE: "", notificationUE: "non", pourcentageSubvention: share,
      dispositifAide: scheme(for: commitment.envelope, in: tree))
  }

  /// The share as a decimal with up to four places, rounded down: `0.75`, `0.4999`, `1`.
  static func decimalShare(_ rate: Rate) -> String {
    let tenThousandths = (try? rate.applied(to: Euros(uncheckedCents: 10_000)))?.cents ?? 0
    var text = String(tenThousandths / 10_000)
    let fraction = tenThousandths % 10_000
    if fraction != 0 {
      let digits = String(fraction)
      text += "." + String(repeating: "0", count: 4 - digits.count) + digits
      while text.hasSuffix("0") { text.removeLast() }
    }
    return text
  }

  static func payment(_ tranches: [Tranche]?, amount: Euros, convention: CalendarDate) -> (String, String) {
    guard let tranches, let first = tranches.first, let last = tranches.last else {
      return ("versement unique", convention.isoString)
    }
    if tranches.count == 1 { return ("versement unique", first.date.isoString) }
    let scheduled = tranches.reduce(Int64(0)) { $0 + $1.amount.cents }
    let prefix = "versement en " + String(tranches.count) + " tranches aux jalons de 6 mois"
    var text =
      scheduled == amount.cents
      ? prefix + " : " + tranches.map { $0.amount.decimalString + " € le " + $0.date.isoString }.joined(separator: ", ")
      : prefix + ", montant ramené à " + amount.decimalString + " € après libération d'une partie de l'engagement"
    if text.count > AwardDetails.objectLimit {
      text = prefix + ", après revue d'impact par la DINUM"
    }
    return (text, first.date.isoString + "/" + last.date.isoString)
  }

  static func scheme(for envelope: EnvelopeIdentifier, in tree: Envelope) -> String {
    if let call = RelanceCall.allCases.first(where: { $0.envelopeIdentifier == envelope }) { return call.title }
    return tree.find(envelope)?.label ?? envelope.rawValue
  }

  /// The rows as CSV (RFC 4180: comma separator, CRLF line ends, fields quoted when they
  /// hold a comma, a quote or a line break), with the header line.
  public static func csv(_ rows: [SCDLSubvention]) -> String {
    ([SCDLSubvention.columns] + rows.map(\.values)).map { $0.map(field).joined(separator: ",") }.joined(
      separator: "\r\n")
      + "\r\n"
  }

  /// A CSV field, quoted when needed.
  public static func field(_ text: String) -> String {
    guard text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return text }
    return "\"" + text.split(separator: "\"", omittingEmptySubsequences: false).joined(separator: "\"\"") + "\""
  }
}
