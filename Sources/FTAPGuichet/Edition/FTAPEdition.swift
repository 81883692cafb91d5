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
  /// The numbers resolved once: the value of each parameter's first period (the
  /// guichet's parameters have a single period each).
  public let parameters: FTAPParameters

  // MARK: Creating

  /// Creates an edition.
  ///
  /// - Precondition: every parameter has at least one period.
  public init(
    identifier: ProgrammeIdentifier, title: String = "FTAP – Guichet « Exploitation et valorisation des données »",
    name: String, window: ScheduledWindow, minimumSize: DatedParameter<Euros>, maximumSize: DatedParameter<Euros>,
    coFinancingRate: DatedParameter<Rate>, trancheRequestThreshold: DatedParameter<Euros>,
    trancheDurationMonths: DatedParameter<Int>, milestoneIntervalMonths: DatedParameter<Int>
  ) {
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
    parameters = FTAPParameters(
      window: window.window, minimumSize: minimumSize.firstValue, maximumSize: maximumSize.firstValue,
      coFinancingRate: coFinancingRate.firstValue, trancheRequestThreshold: trancheRequestThreshold.firstValue,
      trancheDurationMonths: trancheDurationMonths.firstValue,
      milestoneIntervalMonths: milestoneIntervalMonths.firstValue)
  }

  // MARK: Reference

  /// The numbers with their citations, for the reference pages.
  public var parameterDescriptions: [ParameterDescription] {
    let months = { (value: Int) in String(value) + " mois" }
    return minimumSize.descriptions(\.description) + maximumSize.descriptions(\.description)
      + coFinancingRate.descriptions(\.description) + trancheRequestThreshold.descriptions(\.description)
      + trancheDurationMonths.descriptions(months) + milestoneIntervalMonths.descriptions(months)
  }
}
