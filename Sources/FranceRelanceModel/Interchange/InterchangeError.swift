/// A document that could not be read, with the path of the faulty field and the reason.
///
/// Reading is all or nothing: when this error is thrown, nothing was built.
///
/// ```swift
/// do { _ = try RelanceDossier(json: document) } catch {
///   print(error)  // "applicant.siret: clé de contrôle du SIRET invalide (algorithme de Luhn)"
/// }
/// ```
public struct InterchangeError: Error, Sendable, Hashable {
  // MARK: Nested types

  /// Why the document was refused.
  public enum Reason: Sendable, Hashable {
    /// The bytes are not JSON (or not UTF-8); the offset is in bytes from the start.
    case syntax(String, offset: Int)
    /// Objects or arrays are nested beyond the reader's limit.
    case nestingTooDeep(limit: Int)
    /// An object repeats a key.
    case duplicateKey
    /// The document has a field the format does not define.
    case unknownField
    /// The format requires the field and the document lacks it.
    case missingField
    /// The field holds a value of the wrong JSON type.
    case wrongType(expected: String, found: String)
    /// A string that is not one of the allowed values.
    case unknownValue(String, allowed: [String])
    /// An amount that is malformed, negative, absurd or has more than two decimals.
    case invalidAmount(Euros.ParseError)
    /// A malformed or impossible date.
    case invalidDate(CalendarDate.InvalidDate)
    /// A SIRET that is malformed or fails its check.
    case invalidSIRET(SIRET.Invalid)
    /// A whole number outside its allowed range.
    case outOfRange(String)
    /// Any other violation of the format, explained in French.
    case invalid(String)
  }

  // MARK: Stored properties

  /// The path of the faulty field.
  public let path: FieldPath
  /// Why it was refused.
  public let reason: Reason

  // MARK: Creating errors

  /// Creates an error.
  public init(_ reason: Reason, at path: FieldPath) {
    self.reason = reason
    self.path = path
  }
}

// MARK: - Rendering

extension InterchangeError.Reason: CustomStringConvertible {
  /// A French explanation.
  public var description: String {
    switch self {
    case .syntax(let message, let offset):
      "JSON invalide à l'octet " + String(offset) + " : " + message
    case .nestingTooDeep(let limit):
      "imbrication trop profonde (plus de " + String(limit) + " niveaux)"
    case .duplicateKey: "clé en double"
    case .unknownField: "champ inconnu"
    case .missingField: "champ obligatoire absent"
    case .wrongType(let expected, let found): "type incorrect (attendu : " + expected + " ; reçu : " + found + ")"
    case .unknownValue(let value, let allowed):
      "valeur inconnue « " + String(value.prefix(80)) + " » (valeurs admises : "
        + allowed.joined(separator: ", ") + ")"
    case .invalidAmount(let error): error.description
    case .invalidDate(let error): error.description
    case .invalidSIRET(let error): error.description
    case .outOfRange(let message): message
    case .invalid(let message): message
    }
  }
}

extension InterchangeError: CustomStringConvertible {
  /// The error in one line: `field.path: reason`.
  public var description: String { path.description + ": " + reason.description }
}
