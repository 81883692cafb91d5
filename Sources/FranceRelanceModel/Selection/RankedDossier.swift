/// A dossier's place in a ranking, with the reasons.
public struct RankedDossier: Sendable, Hashable {
  /// The place, from 1.
  public let rank: Int
  /// The scorecard.
  public let scorecard: Scorecard

  /// Creates a ranked dossier.
  public init(rank: Int, scorecard: Scorecard) {
    self.rank = rank
    self.scorecard = scorecard
  }

  /// Why the dossier has this place, in French.
  public var reason: String {
    var text =
      (rank == 1 ? "1er" : String(rank) + "e") + " : " + scorecard.reference + ", " + String(scorecard.total) + "/"
      + String(scorecard.maximumTotal) + " points (" + scorecard.share.description + ")"
    if let main = scorecard.mainLine, main.weight > 1 {
      text +=
        " ; critère principal « " + main.criterion.title + " » : " + String(main.score) + "/"
        + String(scorecard.maximumScore)
    }
    return text
  }
}
