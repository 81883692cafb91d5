import FranceRelanceModel

/// The one field the fixture's rule reads.
enum FixtureField: String, DossierField {
  /// `filedOn`.
  case filedOn

  /// Its bit in a set of fields.
  var position: Int { 0 }

  /// The French label of a question.
  var label: String { "Date de dépôt" }
}
