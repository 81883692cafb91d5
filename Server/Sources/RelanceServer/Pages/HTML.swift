import FranceRelanceModel

/// HTML text: what a page writes of anything taken from input goes through ``escaped(_:)``.
enum HTML {
  /// `text` escaped for an element or a quoted attribute: the library's
  /// `HTMLText.escaped(_:)`, the one escaping function of pages and printed reports.
  static func escaped(_ text: String) -> String { HTMLText.escaped(text) }

  /// An error alert (`role="alert"`) saying `text`, escaped.
  static func errorAlert(_ text: String) -> String {
    "<div class=\"alerte alerte-erreur\" role=\"alert\"><p>" + escaped(text) + "</p></div>\n"
  }

  /// `text` for a URL's query: every byte but unreserved ASCII percent-encoded.
  static func queryEncoded(_ text: String) -> String {
    var result = ""
    for byte in text.utf8 {
      switch byte {
      case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
        UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"),
        UInt8(ascii: "~"):
        result.unicodeScalars.append(Unicode.Scalar(byte))
      default:
        let hex = String(byte, radix: 16, uppercase: true)
        result += "%" + (hex.count == 1 ? "0" : "") + hex
      }
    }
    return result
  }

  /// A whole page: the État's look (`/static/relance.css`), French, a header and `body`.
  static func page(title: String, body: String) -> String {
    """
    <!DOCTYPE html>
    <html lang="fr">
    <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <title>\(escaped(title)) — relance</title>
    <link rel="stylesheet" href="/static/relance.css">
    </head>
    <body>
    <header class="entete"><p class="marianne">République française</p>
    <p class="service"><a href="/">Vérifier un dossier de financement de projet data</a></p></header>
    <main id="contenu">
    \(body)
    </main>
    <footer><p>Pré-vérification selon les textes cités ; la décision revient à l'instruction.
    <a href="/openapi.json">API</a></p></footer>
    </body>
    </html>

    """
  }
}
