/// What a shell completes at a place of a command line: nothing, a file, a folder, a
/// programme's identifier, or words of a fixed list.
enum CompletionValues: Sendable, Hashable {
  /// Nothing to offer.
  case none
  /// A file name.
  case files
  /// A folder name.
  case folders
  /// A programme's identifier.
  case programmes
  /// A reading choice, `ID=VARIANT`, of any programme.
  case readings
  /// These words.
  case words([String])

  /// The words of a list kind (programmes, readings, words); `nil` for files, folders
  /// and nothing.
  var words: [String]? {
    switch self {
    case .none, .files, .folders: nil
    case .programmes: CommandLineTool.programmeIdentifiers
    case .readings:
      CommandLineTool.programmes.flatMap(\.readings).flatMap { reading in
        reading.variants.map { reading.id.rawValue + "=" + $0.id }
      }
    case .words(let list): list
    }
  }
}
