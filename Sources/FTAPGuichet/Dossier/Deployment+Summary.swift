public import FranceRelanceModel

extension Deployment {
  /// What rule `ftap.deployment` reads of a deployment plan, as plain values: kept in the
  /// dossier beside the plan (``FTAPDossier/deploymentSummary``) so that a verdict reads no
  /// string or array, and copies nothing a reference counts.
  public struct Summary: Sendable, Hashable {
    /// Whether the strategy holds something visible; `nil` when it is absent.
    public let strategyIsDescribed: Bool?
    /// How many milestones each of the five indicators has, 8 bits per indicator position
    /// (at most 127).
    @usableFromInline let targetCounts: UInt64
    /// The fewest milestones among the project's own indicators (at most 127); 127 when it
    /// has none.
    @usableFromInline let ownMinimum: UInt8
    /// How many indicators of its own the project retains.
    public let ownCount: Int

    /// The summary of a plan.
    init(_ deployment: Deployment) {
      strategyIsDescribed = deployment.strategyIsDescribed
      var packed: UInt64 = 0
      for entry in deployment.targets {
        let shift = UInt64(8 * entry.indicator.position)
        let count = UInt64(Swift.min(entry.milestones.count, 127))
        packed = (packed & ~(0xFF << shift)) | (count << shift)
      }
      targetCounts = packed
      ownMinimum = UInt8(Swift.min(deployment.ownIndicators.map(\.milestones.count).min() ?? 127, 127))
      ownCount = deployment.ownIndicators.count
    }

    /// Whether every indicator of `indicators` has at least `count` milestones, and every
    /// indicator of the project's own too. Counts are kept up to 127, more than the 100
    /// six-month milestones of the longest project a dossier may describe (600 months).
    ///
    /// - Complexity: O(1): the eight byte comparisons are done at once (the high bit of
    ///   each byte of `(counts | 0x80…) − needed` is set where a count reaches `needed`),
    ///   then gathered into one bit per indicator by a multiplication.
    @inlinable @inline(__always)
    public func covers(_ indicators: EnumSet<FTAPIndicator>, milestones count: Int) -> Bool {
      let needed = UInt64(Swift.min(Swift.max(count, 0), 127))
      let high: UInt64 = 0x8080_8080_8080_8080
      let reached = ((targetCounts | high) &- needed &* 0x0101_0101_0101_0101) & high
      let covered = UInt32(truncatingIfNeeded: ((reached >> 7) &* 0x0102_0408_1020_4080) >> 56)
      return indicators.rawValue & ~covered == 0 && UInt64(ownMinimum) >= needed
    }
  }
}
