public import FranceRelanceModel

/// The window and size limits of the guichet as plain values, read once from the rules'
/// parameters (``FTAPRules``, ``FTAPGuichet/window``) when a guichet value is created.
///
/// The verdict path compares against these copies instead of reaching the static values
/// on every dossier (each static access checks its lazy initialisation).
@usableFromInline
struct FTAPLimits: Sendable, Hashable {
  /// The widest reading of the window: its first and last possible days.
  @usableFromInline let firstDay: CalendarDate
  @usableFromInline let lastDay: CalendarDate
  /// The size bounds in cents, inclusive.
  @usableFromInline let minimumCents: Int64
  @usableFromInline let maximumCents: Int64

  /// The limits of seed 004.
  static let current = FTAPLimits(
    firstDay: FTAPGuichet.window.window.opening.earliest, lastDay: FTAPGuichet.window.window.closing.latest,
    minimumCents: FTAPRules.minimumSize.cents, maximumCents: FTAPRules.maximumSize.cents)
}
