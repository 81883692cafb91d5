/// Why a démarches-simplifiées dossier could not be imported: the champ (its label and
/// id) or the attribute whose value cannot be read, and the reason.
public struct DSImportError: Error, Sendable, Hashable, CustomStringConvertible {
  /// The dossier's number, when known.
  public let number: String?
  /// The champ's label, or the attribute's path.
  public let label: String
  /// The champ's id; `nil` for an attribute of the dossier.
  public let id: String?
  /// The reason, in French.
  public let reason: String

  /// Creates an error.
  public init(number: String?, label: String, id: String?, reason: String) {
    self.number = number
    self.label = label
    self.id = id
    self.reason = reason
  }

  /// The error in one line: « dossier 12 : champ « Coût total » (Q2hh…) : reason ».
  public var description: String {
    (number.map { "dossier " + $0 + " : " } ?? "")
      + (id.map { "champ « " + label + " » (" + $0 + ")" } ?? "« " + label + " »") + " : " + reason
  }
}
