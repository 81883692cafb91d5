extension Commitment: CustomReflectable {
  /// The commitment's fields as a caller sees them, the beneficiary and details included
  /// (they are stored boxed), for `dump`, `print` and debuggers.
  public var customMirror: Mirror {
    Mirror(
      self,
      children: [
        "reference": reference, "envelope": envelope, "amount": amount, "date": date,
        "beneficiary": beneficiary as Any, "details": details as Any,
      ],
      displayStyle: .struct)
  }
}
