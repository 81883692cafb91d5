public import FranceRelanceModel

/// The numbers of an FTAP edition in force from a day, and its rules written with them.
@usableFromInline
struct FTAPTerms: Sendable, Hashable {
  /// The first day they are in force.
  @usableFromInline let from: CalendarDate
  /// The numbers.
  @usableFromInline let parameters: FTAPParameters
  /// The rules, their titles and citations written with those numbers.
  @usableFromInline let rules: [Rule]
}
