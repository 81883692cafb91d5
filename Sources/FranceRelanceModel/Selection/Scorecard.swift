/// A dossier's scores on a jury grid, with the weighted total and the reasons.
public struct Scorecard: Sendable, Hashable {
  /// One criterion's score.
  public struct Line: Sendable, Hashable {
    /// The criterion.
    public let criterion: SelectionCriterion
    /// Its weight.
    public let weight: Int
    /// The score given, from 0 to the grid's maximum.
    public let score: Int

    /// The weighted points: weight × score.
    public var points: Int { weight * score }
  }

  /// The dossier's reference.
  public let reference: String
  /// The scores, in the grid's order.
  public let lines: [Line]
  /// The highest score a criterion can get.
  public let maximumScore: Int

  /// The weighted total.
  public var total: Int { lines.reduce(0) { $0 + $1.points } }

  /// The highest possible weighted total.
  public var maximumTotal: Int { lines.reduce(0) { $0 + $1.weight } * maximumScore }

  /// The exact share of the maximum, used to compare dossiers scored on different grids.
  public var share: Rate {
    (try? Rate(numerator: Int64(total), denominator: Int64(max(1, maximumTotal)))) ?? .percent(0)
  }

  /// The line of the heaviest criterion.
  public var mainLine: Line? { lines.max { $0.weight < $1.weight } }

  /// The exact share of the maximum on the heaviest criterion.
  public var mainShare: Rate {
    guard let line = mainLine else { return .percent(0) }
    return (try? Rate(numerator: Int64(line.score), denominator: Int64(maximumScore))) ?? .percent(0)
  }

  /// The reasons, in French: each criterion's score and weight, then the total.
  public var reasons: [String] {
    lines.map { line in
      "« " + line.criterion.title + " » : " + String(line.score) + "/" + String(maximumScore)
        + (line.weight > 1 ? " × " + String(line.weight) : "") + " = " + String(line.points) + " points"
    } + ["Total : " + String(total) + "/" + String(maximumTotal) + " points (" + share.description + ")"]
  }
}
