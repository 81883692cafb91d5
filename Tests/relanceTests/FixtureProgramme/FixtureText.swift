import FranceRelanceModel

/// The text of the fixture programme: a source declared next to its programme, with no edit
/// to the library (``Source`` is open).
enum FixtureText {
  /// A fictitious call for proposals, dated March 2026.
  static let source = Source(
    key: "900_fixture_appel_fictif", title: "Appel fictif pour les tests du registre", publisher: "Projet relance",
    date: .month(of: CalendarDate(uncheckedYear: 2026, month: 3, day: 1)))

  /// Its one operative sentence.
  static let window = Citation(
    source, at: "Calendrier", quoting: "Les dossiers sont déposés du 1er mars 2026 au 30 juin 2026.")
}
