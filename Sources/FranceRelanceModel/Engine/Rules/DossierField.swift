/// A field of a programme's dossier, declared once: its JSON path and its French label.
///
/// Rules name the fields they read and the fields they lack with it (as an
/// ``EnumSet``, so a missing-input decision allocates nothing); findings, missing-input
/// paths and questions turn it into a ``FieldPath`` and a label only when rendered.
///
/// ```swift
/// enum Field: String, DossierField {
///   case totalCost
///   var position: Int { 0 }
///   var label: String { "coût total du projet" }
/// }
/// ```
public protocol DossierField: EnumSetElement, RawRepresentable<String> {
  /// The French label, as a message names the field: « coût total du projet ».
  var label: String { get }
}

extension DossierField {
  /// The field's path in the dossier's JSON: the raw value, dot-separated.
  public var path: FieldPath { FieldPath(rawValue) }
}
