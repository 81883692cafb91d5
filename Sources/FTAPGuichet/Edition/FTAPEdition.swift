public import FranceRelanceModel

/// An edition of the FTAP data guichet: its identifier, title, window and numbers, each
/// number a dated parameter with the sentence that sets it.
///
/// The 2023 – 2025 guichet of seed 004 is ``guichet2023``. A later guichet with other
/// numbers is another value of this type:
///
/// ```swift
/// let later = FTAPEdition(
///   identifier: "ftap-data-2026", name: "2026", window: …,
///   minimumSize: DatedParameter("Coût total minimal", .euros(150_000), from: opening, citation: …), …)
/// FTAPGuichet(edition: later).report(on: dossier)
/// ```
public struct FTAPEdition: ProgrammeEdition {
  // MARK: Stored properties

  /// The programme identifier dossiers of this edition carry.
  public let identifier: ProgrammeIdentifier
  /// The programme's French title.
  public let title: String
  /// The edition's French name.
  public let name: String
  /// The window in which dossiers are filed.
  public let window: ScheduledWindow
  /// The smallest expected total cost.
  public let minimumSize: DatedParameter<Euros>
  /// The largest expected total cost.
  public let maximumSize: DatedParameter<Euros>
  /// The largest co-financing rate.
  public let coFinancingRate: DatedParameter<Rate>
  /// Above this request, funding is released in tranches.
  public let trancheRequestThreshold: DatedParameter<Euros>
  /// Beyond this duration in months, funding is released in tranches.
  public let trancheDurationMonths: DatedParameter<Int>
  /// The rhythm of milestones, in months.
  public let milestoneIntervalMonths: DatedParameter<Int>
  /// The UUID of the edition's « dispositif d'aide » record (`relance export
  /// dispositifs`): fixed once published, one per programme and edition. An edition
  /// declared without one gets a name-based UUID of its identifier and name
  /// (``derivedAidSchemeID(identifier:name:)``), so that two editions never publish the same record.
  public let aidSchemeID: String
  /// The envelope the edition's grants come from, with its sentence; `nil` when the texts
  /// give none (the 2023 – 2025 guichet's do not).
  public let envelope: Envelope?
  /// The numbers resolved once: the value of each parameter's first period, in force
  /// from the edition's start (a dossier filed later gets ``parameters(on:)``).
  public let parameters: FTAPParameters

  // MARK: Creating

  /// Creates an edition.
  ///
  /// - Parameters:
  ///   - identifier: the programme identifier its dossiers carry.
  ///   - title: the programme's French title.
  ///   - name: the edition's French name (« 2023 – 2025 »).
  ///   - window: the filing window, with its sentences (opening first, closing last).
  ///   - minimumSize: the smallest expected total cost, by period.
  ///   - maximumSize: the largest expected total cost, by period.
  ///   - coFinancingRate: the largest co-financing rate, by period.
  ///   - trancheRequestThreshold: the request above which funding comes in tranches.
  ///   - trancheDurationMonths: the duration beyond which funding comes in tranches.
  ///   - milestoneIntervalMonths: the rhythm of milestones, in months.
  ///   - aidSchemeID: the published UUID of its « dispositif d'aide » record; derived from
  ///     the identifier and the name when `nil`.
  ///   - envelope: the envelope its grants come from, when a text gives one.
  /// - Precondition: every parameter has at least one period.
  public init(
    identifier: ProgrammeIdentifier, title: String = "FTAP – Guichet « Exploitation et valorisation des données »",
    name: String, window: ScheduledWindow, minimumSize: DatedParameter<Euros>, maximumSize: DatedParameter<Euros>,
    coFinancingRate: DatedParameter<Rate>, trancheRequestThreshold: DatedParameter<Euros>,
    trancheDurationMonths: DatedParameter<Int>, milestoneIntervalMonths: DatedParameter<Int>,
    aidSchemeID: String? = nil, envelope: Envelope? = nil
  ) {
    self.envelope = envelope
    self.aidSchemeID = aidSchemeID ?? Self.derivedAidSchemeID(identifier: identifier, name: name)
    self.identifier = identifier
    self.title = title
    self.name = name
    self.window = window
    self.minimumSize = minimumSize
    self.maximumSize = maximumSize
    self.coFinancingRate = coFinancingRate
    self.trancheRequestThreshold = trancheRequestThreshold
    self.trancheDurationMonths = trancheDurationMonths
    self.milestoneIntervalMonths = milestoneIntervalMonths
    parameters = Self.numbers(
      window, minimumSize, maximumSize, coFinancingRate, trancheRequestThreshold, trancheDurationMonths,
      milestoneIntervalMonths, on: nil)
  }

  // MARK: The « dispositif d'aide » record

  /// A UUID (RFC 9562 version 8, « custom ») from the identifier and the edition's name:
  /// two 64-bit FNV-1a hashes of the UTF-8 text, with the version and variant bits set.
  /// Deterministic, so the record keeps its UUID from one export to the next.
  public static func derivedAidSchemeID(identifier: ProgrammeIdentifier, name: String) -> String {
    let bytes = Array((identifier.rawValue + "\u{1F}" + name).utf8)
    func fnv(_ seed: UInt64) -> UInt64 {
      var hash = seed
      for byte in bytes {
        hash ^= UInt64(byte)
        hash = hash &* 0x100_0000_01B3
      }
      return hash
    }
    var high = fnv(0xCBF2_9CE4_8422_2325)
    var low = fnv(0x84222325_CBF29CE4)
    high = (high & ~0xF000) | 0x8000  // version 8
    low = (low & ~(0xC000_0000_0000_0000 as UInt64)) | 0x8000_0000_0000_0000  // variant 10
    func hex(_ value: UInt64, _ digits: Int) -> String {
      let text = String(value, radix: 16)
      return String(repeating: "0", count: max(0, digits - text.count)) + text
    }
    let h = hex(high, 16)
    let l = hex(low, 16)
    return h.prefix(8) + "-" + h.dropFirst(8).prefix(4) + "-" + h.suffix(4) + "-" + l.prefix(4) + "-" + l.suffix(12)
  }

  // MARK: Parameter identifiers

  /// The identifiers of the edition's parameters (`relance parameters`, reforms),
  /// declared once.
  public enum Parameter: String, Sendable, Hashable, CaseIterable {
    /// The smallest expected total cost.
    case minimumSize = "ftap.size.minimum"
    /// The largest expected total cost.
    case maximumSize = "ftap.size.maximum"
    /// The largest co-financing rate.
    case coFinancingRate = "ftap.cofinancing.maxRate"
    /// The request above which funding is released in tranches.
    case trancheRequestThreshold = "ftap.tranches.requestThreshold"
    /// The duration beyond which funding is released in tranches.
    case trancheDurationMonths = "ftap.tranches.durationMonths"
    /// The rhythm of milestones.
    case milestoneIntervalMonths = "ftap.milestones.intervalMonths"
  }

  // MARK: Reforms

  /// The edition under `reform`: each parameter it names takes the reform's values from
  /// their days (`DatedParameter.reformed(by:id:)`).
  public func reformed(by reform: Reform) -> FTAPEdition {
    FTAPEdition(
      identifier: identifier, title: title, name: name, window: window,
      minimumSize: minimumSize.reformed(by: reform, id: Parameter.minimumSize.rawValue),
      maximumSize: maximumSize.reformed(by: reform, id: Parameter.maximumSize.rawValue),
      coFinancingRate: coFinancingRate.reformed(by: reform, id: Parameter.coFinancingRate.rawValue),
      trancheRequestThreshold: trancheRequestThreshold.reformed(
        by: reform, id: Parameter.trancheRequestThreshold.rawValue),
      trancheDurationMonths: trancheDurationMonths.reformed(by: reform, id: Parameter.trancheDurationMonths.rawValue),
      milestoneIntervalMonths: milestoneIntervalMonths.reformed(
        by: reform, id: Parameter.milestoneIntervalMonths.rawValue),
      aidSchemeID: aidSchemeID, envelope: envelope)
  }

  // MARK: Dated numbers

  /// The numbers in force on `day`: each parameter's period that started on or before it
  /// (its first period before that), as OpenFisca's dated parameters.
  ///
  /// - Complexity: O(*p*) in the periods.
  public func parameters(on day: CalendarDate) -> FTAPParameters {
    Self.numbers(
      window, minimumSize, maximumSize, coFinancingRate, trancheRequestThreshold, trancheDurationMonths,
      milestoneIntervalMonths, on: day)
  }

  /// The numbers of the periods in force on `day`, or of the first periods for `nil`: the
  /// one place an edition's dated parameters become plain values.
  static func numbers(
    _ window: ScheduledWindow, _ minimumSize: DatedParameter<Euros>, _ maximumSize: DatedParameter<Euros>,
    _ coFinancingRate: DatedParameter<Rate>, _ trancheRequestThreshold: DatedParameter<Euros>,
    _ trancheDurationMonths: DatedParameter<Int>, _ milestoneIntervalMonths: DatedParameter<Int>,
    on day: CalendarDate?
  ) -> FTAPParameters {
    func value<V>(_ parameter: DatedParameter<V>) -> V { parameter.inForce(on: day).value }
    return FTAPParameters(
      window: window.window, minimumSize: value(minimumSize), maximumSize: value(maximumSize),
      coFinancingRate: value(coFinancingRate), trancheRequestThreshold: value(trancheRequestThreshold),
      trancheDurationMonths: value(trancheDurationMonths), milestoneIntervalMonths: value(milestoneIntervalMonths))
  }

  /// The rules with the numbers in force on `day` (the first period's when `day` is
  /// `nil`), each citing this edition's sentences: `ftap.window` the window's,
  /// `ftap.size` the expected size's and `ftap.cofinancing.rate` the rate's of the period
  /// in force; each lists the periods of the parameters it applies (`Rule.parameters`).
  public func rules(on day: CalendarDate?) -> [Rule] {
    let parameters = day.map { self.parameters(on: $0) } ?? self.parameters
    // The leading sentences of each rule whose text is the edition's.
    let editions: [RuleIdentifier: [Citation]] = [
      FTAPRules.Window.id: window.citations, FTAPRules.Size.id: [minimumSize.inForce(on: day).citation],
      FTAPRules.CoFinancingRate.id: [coFinancingRate.inForce(on: day).citation],
    ]
    let descriptions = parameterDescriptions
    return FTAPRules.catalogue(parameters).map { declared in
      declared.applying(descriptions, on: day).citing(leading: editions[declared.id] ?? [])
    }
  }

  /// The days a parameter takes a new value (the start of each of its periods after its
  /// first), in order: the edition's numbers change on each of them.
  public var changeDays: [CalendarDate] {
    let starts =
      minimumSize.periods.dropFirst().map(\.start) + maximumSize.periods.dropFirst().map(\.start)
      + coFinancingRate.periods.dropFirst().map(\.start) + trancheRequestThreshold.periods.dropFirst().map(\.start)
      + trancheDurationMonths.periods.dropFirst().map(\.start)
      + milestoneIntervalMonths.periods.dropFirst().map(\.start)
    return Array(Set(starts)).sorted()
  }

  // MARK: Reference

  /// The numbers with their citations, for the reference pages.
  public var parameterDescriptions: [ParameterDescription] {
    minimumSize.descriptions(id: Parameter.minimumSize.rawValue)
      + maximumSize.descriptions(id: Parameter.maximumSize.rawValue)
      + coFinancingRate.descriptions(id: Parameter.coFinancingRate.rawValue)
      + trancheRequestThreshold.descriptions(id: Parameter.trancheRequestThreshold.rawValue)
      + trancheDurationMonths.descriptions(id: Parameter.trancheDurationMonths.rawValue)
      + milestoneIntervalMonths.descriptions(id: Parameter.milestoneIntervalMonths.rawValue)
  }
}
