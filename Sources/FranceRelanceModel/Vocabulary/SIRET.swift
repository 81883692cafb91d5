/// A SIRET: the 14-digit identifier of an establishment in the French business register.
///
/// A SIRET is the 9-digit SIREN of the legal unit followed by a 5-digit establishment
/// number (NIC). It is valid when its 14 digits pass the Luhn check, except for La Poste
/// (SIREN 356 000 000), whose many establishments exhausted the Luhn keys: its SIRETs
/// other than the head office (35600000000048, checked by Luhn) are valid when the sum of
/// their 14 digits is a multiple of 5, whatever their Luhn key.
///
/// ```swift
/// let siret = try SIRET("13002526500013")  // DINUM
/// siret.siren                               // "130025265"
/// ```
public struct SIRET: Sendable, Hashable {
  // MARK: Stored value

  /// The 14 digits.
  public let digits: String

  // MARK: Creating identifiers

  /// Validates a SIRET written as 14 digits (spaces are not accepted).
  ///
  /// - Throws: ``Invalid`` when the text is not 14 digits or the check fails.
  public init(_ text: String) throws(Invalid) {
    let bytes = Array(text.utf8)
    guard bytes.count == 14 else { throw .wrongLength }
    guard bytes.allSatisfy({ $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }) else {
      throw .notDigits
    }
    let values = bytes.map { Int($0 - UInt8(ascii: "0")) }
    guard values.prefix(9).contains(where: { $0 != 0 }) else { throw .zeroSIREN }
    if text.hasPrefix(Self.laPosteSIREN), text != Self.laPosteHeadOffice {
      guard Self.isValid(values) else { throw .laPosteCheckFailed }
    }
    guard Self.isValid(values) else { throw .checkFailed }
    digits = text
  }

  /// La Poste's SIREN, whose establishments follow their own check.
  static let laPosteSIREN = "356000000"

  /// La Poste's head office, which follows the ordinary Luhn check.
  static let laPosteHeadOffice = "35600000000048"

  static func isValid(_ values: [Int]) -> Bool {
    let digits = values.map(String.init).joined()
    if digits.hasPrefix(laPosteSIREN), digits != laPosteHeadOffice {
      // La Poste's other establishments: the sum of the 14 digits is a multiple of 5.
      return values.reduce(0, +) % 5 == 0
    }
    return luhnSum(values) % 10 == 0
  }

  /// The Luhn sum: from the right, every second digit is doubled (minus 9 above 9).
  static func luhnSum(_ values: [Int]) -> Int {
    var sum = 0
    for (offset, value) in values.reversed().enumerated() {
      if offset % 2 == 1 {
        let doubled = value * 2
        sum += doubled > 9 ? doubled - 9 : doubled
      } else {
        sum += value
      }
    }
    return sum
  }

  // MARK: Parts

  /// The SIREN of the legal unit: the first nine digits.
  public var siren: String { String(digits.prefix(9)) }

  /// The establishment number (NIC): the last five digits.
  public var nic: String { String(digits.suffix(5)) }
}

// MARK: - Rendering

extension SIRET: CustomStringConvertible {
  /// The 14 digits.
  public var description: String { digits }
}
