/// The numbers of an edition in force from a day, and its rules written with them: what a
/// programme whose numbers change builds once for each period, so that a dossier is
/// assessed under the numbers in force on its filing date at no extra cost.
///
/// ```swift
/// let later = edition.changeDays.map { DatedTerms(from: $0, parameters: edition.parameters(on: $0), rules: edition.rules(on: $0)) }
/// later.inForce(on: dossier.filedOn)?.parameters  // nil before the first change
/// ```
public struct DatedTerms<Parameters: Sendable & Hashable>: Sendable, Hashable {
  // MARK: Stored properties

  /// The first day they are in force.
  public let from: CalendarDate
  /// The numbers.
  public let parameters: Parameters
  /// The rules, their titles, citations and parameter periods written with those numbers.
  public let rules: [Rule]

  // MARK: Creating

  /// Creates the terms in force from `from`.
  public init(from: CalendarDate, parameters: Parameters, rules: [Rule]) {
    self.from = from
    self.parameters = parameters
    self.rules = rules
  }
}

extension Array {
  /// The latest terms in force on `day`, in a list sorted by first day; `nil` when `day`
  /// is `nil` or earlier than every one of them (the edition's first period applies).
  ///
  /// - Complexity: O(*n*) in the periods.
  @inlinable
  public func inForce<Parameters>(on day: CalendarDate?) -> DatedTerms<Parameters>?
  where Element == DatedTerms<Parameters> {
    guard let day else { return nil }
    return last { $0.from <= day }
  }

  /// Every period's numbers and rules when a dossier has no reference date (`day` is
  /// `nil`), for `RuleBasedProgramme.otherPeriods(forUndated:)`; empty for a dated
  /// dossier.
  @inlinable
  public func periods<Parameters>(forUndated day: CalendarDate?) -> [(parameters: Parameters, rules: [Rule])]
  where Element == DatedTerms<Parameters> {
    guard day == nil else { return [] }
    return map { ($0.parameters, $0.rules) }
  }
}
