extension Verdict: CustomStringConvertible {
  /// The verdict in French: « inéligible, plafond 300 000 € ».
  public var description: String {
    status.frenchName + ", plafond " + (cap?.description ?? "inconnu")
  }
}
