/// Why an input file could not be read.
enum InputFileError: Error, Equatable, CustomStringConvertible {
  /// The file does not exist or cannot be opened or read.
  case unreadable(String)
  /// The file is larger than ``CommandLineTool/inputSizeLimit``.
  case tooLarge

  var description: String {
    switch self {
    case .unreadable(let reason): "lecture impossible (" + reason + ")"
    case .tooLarge:
      "fichier trop volumineux (plus de " + String(CommandLineTool.inputSizeLimit / 1_048_576) + " Mio)"
    }
  }
}
