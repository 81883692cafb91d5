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
    source.frenchReference + ", « " + location + " » : « " + quote + " »"
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
