/// A programme's dossier: the common fields (``DossierBasics``) plus the programme's own.
///
/// Conforming dossiers read and write the common fields directly, such as
/// `dossier.totalCost`, through dynamic member lookup.
@dynamicMemberLookup
public protocol ProgrammeDossier: Sendable, Hashable {
  /// The fields every programme shares.
  var basics: DossierBasics { get set }
}

extension ProgrammeDossier {
  /// Reads and writes a common field directly, such as `dossier.totalCost`.
  @inlinable
  public subscript<Value>(dynamicMember keyPath: WritableKeyPath<DossierBasics, Value>) -> Value {
    get { basics[keyPath: keyPath] }
    set { basics[keyPath: keyPath] = newValue }
  }
}
