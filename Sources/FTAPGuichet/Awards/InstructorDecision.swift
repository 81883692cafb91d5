import FranceRelanceModel

/// What an instructor decided on a rule that the texts leave `undetermined` for a dossier,
/// and why (design §9, an award's `decisions`).
///
/// An automatic pre-check stops where the texts stop; an award goes on only when a person
/// takes the decision the texts do not take, and says so. The decision is recorded in the
/// award and read back with it, so an auditor sees which answers rest on a person's
/// judgement rather than on a sentence.
///
/// ```swift
/// let decision = try InstructorDecision(
///   .satisfied, reason: "Guichet ouvert le 9 janvier 2023 (courriel DINUM du 9 janvier).")
/// ```
public struct InstructorDecision: Sendable, Hashable {
  // MARK: Verdicts

  /// What the instructor decided the rule gives for this dossier.
  public enum Verdict: String, Sendable, Hashable, CaseIterable {
    /// The rule is taken as met (respectée).
    case satisfied
    /// The rule is taken as not concerning the dossier (sans objet).
    case notApplicable

    /// The French name: « respectée », « sans objet ».
    public var frenchName: String {
      switch self {
      case .satisfied: "respectée"
      case .notApplicable: "sans objet"
      }
    }
  }

  // MARK: Stored properties

  /// What the instructor decided.
  public let verdict: Verdict
  /// Why, in the instructor's words: one printable line, not blank.
  public let reason: String

  // MARK: Creating

  /// Records a decision.
  ///
  /// - Throws: ``InvalidReason`` when the reason is blank or holds a line break or a
  ///   control character.
  public init(_ verdict: Verdict, reason: String) throws(InvalidReason) {
    guard
      reason.unicodeScalars.contains(where: {
        !$0.properties.isWhitespace && !$0.properties.isDefaultIgnorableCodePoint
      }),
      !reason.unicodeScalars.contains(where: JSONObjectReader.breaksLine)
    else { throw InvalidReason() }
    self.verdict = verdict
    self.reason = reason
  }

  /// A reason that is blank or not one printable line.
  public struct InvalidReason: Error, Sendable, Hashable, CustomStringConvertible {
    /// « motif vide ou sur plusieurs lignes ».
    public var description: String { "motif vide ou sur plusieurs lignes" }
  }
}
