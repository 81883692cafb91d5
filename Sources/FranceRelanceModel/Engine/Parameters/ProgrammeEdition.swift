/// One edition of a programme: its identifier, its title and its numbers (bounds, rates,
/// thresholds, windows, envelope) as dated parameters, each with its citation.
///
/// A later guichet with other numbers is a new value, not new code: the programme's
/// rules read the edition's ``parameters``, resolved once into plain values.
public protocol ProgrammeEdition: Sendable, Hashable {
  /// The plain values the rules read.
  associatedtype Parameters: Sendable & Hashable

  /// The programme identifier dossiers of this edition carry.
  var identifier: ProgrammeIdentifier { get }
  /// The programme's French title.
  var title: String { get }
  /// The edition's French name, such as « 2023 – 2025 ».
  var name: String { get }
  /// The window in which dossiers are filed.
  var window: ScheduledWindow { get }
  /// The numbers, resolved once.
  var parameters: Parameters { get }
  /// The numbers with their citations, for the reference pages.
  var parameterDescriptions: [ParameterDescription] { get }
}
