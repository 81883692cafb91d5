#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#elseif canImport(Musl)
  import Musl
#endif

/// A small seeded pseudo-random generator (SplitMix64) for property tests: the same seed
/// gives the same cases on every machine.
public struct SplitMix64: RandomNumberGenerator, Sendable {
  /// The generator's state.
  public var state: UInt64

  /// Creates a generator from a seed.
  public init(seed: UInt64) { state = seed }

  /// The next 64 random bits.
  public mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }

  /// The seed of a property test: `PROPERTY_SEED` from the environment when set (to replay
  /// a failure), otherwise `fallback`.
  public static func seed(fallback: UInt64) -> UInt64 {
    if let text = getenv("PROPERTY_SEED"), let seed = UInt64(String(cString: text)) { return seed }
    return fallback
  }

  /// The number of cases of a property test: `PROPERTY_CASES` from the environment when
  /// set (CI runs 100 000 in release mode), otherwise `fallback`, small enough for a quick
  /// `swift test` in debug mode.
  public static func cases(fallback: Int = 2_000) -> Int {
    if let text = getenv("PROPERTY_CASES"), let count = Int(String(cString: text)), count > 0 { return count }
    return fallback
  }
}
