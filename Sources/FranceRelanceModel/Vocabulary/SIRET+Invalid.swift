extension SIRET {
  /// Why a SIRET was refused.
  public enum Invalid: Error, Sendable, Hashable {
    /// Not exactly 14 characters.
    case wrongLength
    /// A character other than a digit.
    case notDigits
    /// The Luhn check (or La Poste's sum of digits) fails.
    case checkFailed
    /// The SIREN part is 000000000, which identifies no one.
    case zeroSIREN
    /// A La Poste establishment (SIREN 356000000, other than its head office) whose digits
    /// do not sum to a multiple of 5, La Poste's own rule.
    case laPosteCheckFailed
  }
}

extension SIRET.Invalid: CustomStringConvertible {
  /// A French explanation of the error.
  public var description: String {
    switch self {
    case .wrongLength: "un SIRET compte exactement 14 chiffres"
    case .notDigits: "un SIRET ne contient que des chiffres"
    case .checkFailed: "clé de contrôle du SIRET invalide (algorithme de Luhn)"
    case .zeroSIREN: "le SIREN 000000000 n'identifie aucune entité"
    case .laPosteCheckFailed:
      "clé de contrôle invalide pour un établissement de La Poste (la somme des 14 chiffres doit être un multiple de 5)"
    }
  }
}

// MARK: - Codable

extension SIRET: Codable {
  /// Decodes and validates a SIRET written as a 14-digit string.
  ///
  /// - Throws: `DecodingError.dataCorrupted` with the ``Invalid`` explanation.
  public init(from decoder: any Decoder) throws {
    let container = try decoder.singleValueContainer()
    let text = try container.decode(String.self)
    do {
      self = try SIRET(text)
    } catch {
      throw DecodingError.dataCorruptedError(in: container, debugDescription: error.description)
    }
  }

  /// Encodes the 14 digits as a string.
  public func encode(to encoder: any Encoder) throws {
    var container = encoder.singleValueContainer()
    try container.encode(digits)
  }
}
