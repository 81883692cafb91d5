public import FranceRelanceModel

/// A parameter of the guichet as the reference pages list it: its French name, its value
/// in French, the day it is in force from and the sentence that sets it.
///
/// The guichet's parameters have a single period each, from its opening in January 2023.
public struct FTAPParameter: Sendable, Hashable {
  /// The French name.
  public let name: String
  /// The value, in French.
  public let value: String
  /// The first day the value is in force.
  public let start: CalendarDate
  /// The sentence that sets it.
  public let citation: Citation
}
