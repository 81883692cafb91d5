/// Why an input file could not be read.
enum InputFileError: Error, Equatable, CustomStringConvertible {
  /// The file does not exist or cannot be opened or read.
  case unreadable(String)
  /// The file is larger than ``CommandLineTool/inputSizeLimit``.
  case tooLarge
  /// The path names a FIFO, a device, a socket or a folder: only regular files and
  /// standard input are read, so that the tool never waits on a pipe nobody writes to.
  case notRegularFile
  /// Standard input gave nothing for ``CommandLineTool/inputWaitSeconds`` seconds.
  case timedOut
  /// Two arguments differ only in bytes that are not UTF-8, so the name is ambiguous.
  case ambiguousName

  var description: String {
    switch self {
    case .unreadable(let reason): "lecture impossible (" + reason + ")"
    case .tooLarge:
      "fichier trop volumineux (plus de " + String(CommandLineTool.inputSizeLimit / 1_048_576) + " Mio)"
    case .notRegularFile: "lecture refusée : ce n'est pas un fichier ordinaire (tube, périphérique ou dossier)"
    case .timedOut:
      "rien reçu sur l'entrée standard pendant " + String(CommandLineTool.inputWaitSeconds) + " s"
    case .ambiguousName: "nom de fichier ambigu (octets non UTF-8 qui se confondent avec un autre nom)"
    }
  }
}
