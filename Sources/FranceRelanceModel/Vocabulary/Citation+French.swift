extension Citation {
  /// The citation as people read it: the source by publisher, title and date, the place
  /// and the quote; never the seed file name (that stays in ``json`` and on the
  /// traceability page).
  ///
  /// ```
  /// DINUM / Etalab, « Guichet : Exploitation et valorisation des données » (janvier 2023),
  /// « Taille attendue des projets » : « Entre 100 000 € et 1M€ »
  /// ```
  public var frenchDescription: String {
    source.frenchReference + ", « " + location + " » : « " + frenchQuote + " »"
  }

  /// The quote as a French reader reads it: the superscript marks the source texts carry
  /// in LaTeX form print as ordinary abbreviations (« 1^{er} » as « 1er », « 2^{ème} » as
  /// « 2e », the French typographic form); everything else is ``quote`` unchanged, which
  /// stays verbatim for the traceability page and the JSON `quote` key.
  public var frenchQuote: String {
    guard quote.contains("^{") else { return quote }
    var result = ""
    var rest = Substring(quote)
    while let caret = rest.firstRange(of: "^{") {
      result += rest[..<caret.lowerBound]
      let afterBrace = rest[caret.upperBound...]
      guard let close = afterBrace.firstIndex(of: "}") else {
        rest = afterBrace
        result += "^{"
        continue
      }
      let mark = afterBrace[..<close]
      result += mark == "ème" || mark == "eme" || mark == "e" ? "e" : String(mark)
      rest = afterBrace[afterBrace.index(after: close)...]
    }
    return result + rest
  }
}

extension Source {
  /// The text as people name it: publisher, title and date when the text has one.
  public var frenchReference: String {
    publisher + ", « " + title + " »" + (date.map { " (" + $0.frenchDescription + ")" } ?? "")
  }
}

extension Source {
  /// The text in a few words, for tables: publisher and date (« Etalab, 3 mars 2021 »), or
  /// publisher and title when the text is undated.
  public var shortReference: String {
    publisher + ", " + (date?.frenchDescription ?? "« " + title + " »")
  }
}
