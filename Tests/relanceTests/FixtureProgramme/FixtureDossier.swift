import FranceRelanceModel

/// A dossier of the fixture programme: the common fields only.
struct FixtureDossier: ProgrammeDossier {
  /// The common fields.
  var basics = DossierBasics()
}
