/// A jury's scoring grid: weighted criteria, each scored from 0 to ``maximumScore``.
///
/// A scorecard's total is Σ weight × score; dossiers scored on different grids (an FTAP
/// proactive project and a data-provision one) are compared on their exact share of the
/// maximum. Ranking puts the highest share first, then, on a tie, the higher score on the
/// heaviest criterion (the main criterion), then the reference.
///
/// ```swift
/// let grid = RelanceSelection.grid
/// let card = try grid.score(reference: "AAP1-EX-01", scores: [
///   "relance.criterion.benefitsForLaureate": 4, …])
/// let ranking = JuryGrid.rank([card, other])
/// ```
public struct JuryGrid: Sendable, Hashable {
  // MARK: Nested types

  /// A criterion and its weight in the grid.
  public struct Entry: Sendable, Hashable {
    /// The criterion.
    public let criterion: SelectionCriterion
    /// Its weight, from 1 to ``JuryGrid/weightLimit``.
    public let weight: Int

    /// Creates an entry; the weight is brought within 1 … ``JuryGrid/weightLimit`` (a
    /// jury's weights are small numbers; the bound keeps every total exact).
    public init(_ criterion: SelectionCriterion, weight: Int) {
      self.criterion = criterion
      self.weight = min(max(1, weight), JuryGrid.weightLimit)
    }
  }

  /// Why scores were refused.
  public enum ScoringError: Error, Sendable, Hashable, CustomStringConvertible {
    /// A score for a criterion the grid does not have.
    case unknownCriterion(String)
    /// A criterion of the grid without a score.
    case missingScore(String)
    /// A score outside 0…maximum.
    case outOfRange(String, Int)

    /// A French explanation.
    public var description: String {
      switch self {
      case .unknownCriterion(let id): "critère inconnu de la grille : " + id
      case .missingScore(let id): "critère non noté : " + id
      case .outOfRange(let id, let score): "note " + String(score) + " hors barème pour " + id
      }
    }
  }

  // MARK: Stored properties

  /// The criteria and weights, in order.
  public let entries: [Entry]
  /// The highest score a criterion can get.
  public let maximumScore: Int

  // MARK: Creating

  /// The largest weight of a criterion: 10 000.
  public static let weightLimit = 10_000
  /// The largest maximum score: 1 000.
  public static let scoreLimit = 1_000

  /// Creates a grid; the maximum score is brought within 1 … ``scoreLimit``, so that a
  /// total (at most weight × score per criterion) never overflows.
  public init(entries: [Entry], maximumScore: Int = 5) {
    self.entries = entries
    self.maximumScore = min(max(1, maximumScore), Self.scoreLimit)
  }

  /// The highest possible weighted total.
  public var maximumTotal: Int { entries.reduce(0) { $0 + $1.weight } * maximumScore }

  /// The heaviest criterion (the first one among equals).
  public var mainCriterion: SelectionCriterion? {
    entries.max { $0.weight < $1.weight }.map(\.criterion)
  }

  // MARK: Scoring

  /// Scores a dossier: every criterion of the grid must be scored, within the scale.
  ///
  /// - Throws: ``ScoringError``.
  public func score(reference: String, scores: [String: Int]) throws(ScoringError) -> Scorecard {
    let known = Set(entries.map(\.criterion.id))
    if let unknown = scores.keys.sorted().first(where: { !known.contains($0) }) { throw .unknownCriterion(unknown) }
    var lines: [Scorecard.Line] = []
    for entry in entries {
      guard let score = scores[entry.criterion.id] else { throw .missingScore(entry.criterion.id) }
      guard (0...maximumScore).contains(score) else { throw .outOfRange(entry.criterion.id, score) }
      lines.append(Scorecard.Line(criterion: entry.criterion, weight: entry.weight, score: score))
    }
    return Scorecard(reference: reference, lines: lines, maximumScore: maximumScore)
  }

  // MARK: Ranking

  /// Ranks scorecards, best first, each with the reasons of its place.
  ///
  /// - Complexity: O(*n* log *n*).
  public static func rank(_ cards: [Scorecard]) -> [RankedDossier] {
    let sorted = cards.sorted { left, right in
      if left.share != right.share { return left.share > right.share }
      if left.mainShare != right.mainShare { return left.mainShare > right.mainShare }
      return left.reference < right.reference
    }
    return sorted.enumerated().map { offset, card in
      RankedDossier(rank: offset + 1, scorecard: card)
    }
  }
}
