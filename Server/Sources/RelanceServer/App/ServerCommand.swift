/// What `relance-server` was asked to do, parsed from its arguments: serve (the default),
/// add a token, or copy the database.
public enum ServerCommand: Sendable, Hashable {
  /// Serve the API with a configuration.
  case serve(ServerConfiguration)
  /// `token add --role ROLE --name NAME`: create a token, print it once.
  case addToken(name: String, role: Role, database: String)
  /// `backup FILE`: write an online copy of the database.
  case backup(destination: String, database: String)
  /// `--help`.
  case help

  /// The usage text, in French.
  public static let usage = """
    utilisation :
      relance-server [--host ADRESSE] [--port PORT] [--database FICHIER.sqlite|postgres://…] [--ledger REGISTRE.json]
                     [--idle-timeout SECONDES] [--no-access-log]
      relance-server token add --role instructeur|dinum|lecteur --name NOM [--database FICHIER.sqlite|postgres://…]
      relance-server backup FICHIER [--database FICHIER.sqlite|postgres://…]
    """

  /// A usage error, on one line.
  public struct UsageError: Error, Sendable, Hashable {
    /// What is wrong, in French.
    public let message: String
  }

  // MARK: Parsing

  /// The command `arguments` ask for.
  public static func parse(_ arguments: [String]) -> Result<ServerCommand, UsageError> {
    var options: [String: String] = [:]
    var flags: Set<String> = []
    var positional: [String] = []
    let valued: Set<String> = ["--host", "--port", "--database", "--role", "--name", "--ledger", "--idle-timeout"]
    var index = 0
    while index < arguments.count {
      let argument = arguments[index]
      index += 1
      if argument == "--help" || argument == "-h" { return .success(.help) }
      if valued.contains(argument) {
        guard index < arguments.count else { return .failure(UsageError(message: argument + " attend une valeur")) }
        options[argument] = arguments[index]
        index += 1
      } else if argument == "--no-access-log" {
        flags.insert(argument)
      } else if argument.hasPrefix("-") {
        return .failure(UsageError(message: "option inconnue « " + argument + " »"))
      } else {
        positional.append(argument)
      }
    }
    let database = options["--database"] ?? "relance.sqlite"
    switch positional.first {
    case nil:
      guard options["--role"] == nil, options["--name"] == nil else {
        return .failure(UsageError(message: "--role et --name vont avec « token add »"))
      }
      var configuration = ServerConfiguration(
        database: database, accessLog: !flags.contains("--no-access-log"), ledgerFile: options["--ledger"])
      if let host = options["--host"] { configuration.host = host }
      if let port = options["--port"] {
        guard let number = Int(port), (1...65_535).contains(number) else {
          return .failure(UsageError(message: "--port : un nombre de 1 à 65535 attendu"))
        }
        configuration.port = number
      }
      if let seconds = options["--idle-timeout"] {
        guard let number = Int(seconds), (1...3_600).contains(number) else {
          return .failure(UsageError(message: "--idle-timeout : un nombre de secondes de 1 à 3600 attendu"))
        }
        configuration.idleTimeoutSeconds = number
      }
      return .success(.serve(configuration))
    case "token":
      guard positional == ["token", "add"] else { return .failure(UsageError(message: "« token add » attendu")) }
      guard let roleName = options["--role"], let role = Role(rawValue: roleName) else {
        return .failure(
          UsageError(message: "--role : " + Role.allCases.map(\.rawValue).joined(separator: ", ") + " attendu"))
      }
      guard let name = options["--name"], !name.isEmpty, name.unicodeScalars.allSatisfy({ $0.value >= 0x20 }) else {
        return .failure(UsageError(message: "--name : un nom sur une ligne attendu"))
      }
      return .success(.addToken(name: name, role: role, database: database))
    case "backup":
      guard positional.count == 2 else { return .failure(UsageError(message: "backup FICHIER attendu")) }
      return .success(.backup(destination: positional[1], database: database))
    case let other?:
      return .failure(UsageError(message: "commande inconnue « " + other + " »"))
    }
  }
}
