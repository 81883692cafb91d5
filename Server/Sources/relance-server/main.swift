// relance-server: the rules as a web API, with a durable award ledger (design v3 §11).
//
//   relance-server [--host 127.0.0.1] [--port 8080] [--database relance.sqlite|postgres://…] [--ledger FILE] [--no-access-log]
//   relance-server token add --role instructeur|dinum|lecteur --name NAME [--database relance.sqlite|postgres://…]
//   relance-server backup FILE [--database relance.sqlite|postgres://…]

import Foundation
import Hummingbird
import RelanceServer

/// Writes a one-line error and the usage on standard error, and exits with status 2.
func usageError(_ message: String) -> Never {
  FileHandle.standardError.write(Data(("relance-server : " + message + "\n" + ServerCommand.usage + "\n").utf8))
  exit(2)
}

let command: ServerCommand
switch ServerCommand.parse(Array(CommandLine.arguments.dropFirst())) {
case .success(let parsed): command = parsed
case .failure(let error): usageError(error.message)
}

do {
  switch command {
  case .help:
    print(ServerCommand.usage)
  case .serve(let configuration):
    let store = try await LedgerStore.open(configuration.database)
    if let path = configuration.ledgerFile {
      guard let data = FileManager.default.contents(atPath: path) else {
        usageError("--ledger : fichier illisible « " + path + " »")
      }
      do {
        let left = try await store.configure(ledgerFile: Array(data))
        if left > 0 {
          FileHandle.standardError.write(
            Data(
              ("relance-server : --ledger : arbre et attribuant lus ; " + String(left)
                + " événement(s) du fichier non importé(s)\n").utf8))
        }
      } catch let problem as Problem {
        usageError("--ledger " + path + " : " + problem.detail)
      }
    }
    try await RelanceApplication.application(configuration, store: store).runService()
  case .addToken(let name, let role, let database):
    let store = try await LedgerStore.open(database)
    let token = try await store.addToken(name: name, role: role)
    print(token)
    FileHandle.standardError.write(
      Data(("relance-server : jeton « " + name + " » (" + role.rawValue + ") créé ; il ne sera plus affiché\n").utf8))
  case .backup(let destination, let database):
    try await LedgerStore.open(database).backup(to: destination)
    FileHandle.standardError.write(Data(("relance-server : copie écrite dans " + destination + "\n").utf8))
  }
} catch {
  FileHandle.standardError.write(Data(("relance-server : " + String(describing: error) + "\n").utf8))
  exit(1)
}
