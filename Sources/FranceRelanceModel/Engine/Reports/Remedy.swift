/// A numeric change to one field that would bring a dossier within a programme's limits,
/// such as « lower the request to 300 000 € ».
///
/// Programmes propose the smallest such changes for an ineligible dossier; the report
/// says whether applying them all makes the dossier eligible (other rules, such as the
/// applicant's kind, may still be violated).
public struct Remedy: Sendable, Hashable {
  /// The field to change.
  public let field: FieldPath
  /// The value to give it.
  public let value: Euros
  /// The French advice.
  public let message: String

  /// Creates a remedy.
  public init(field: FieldPath, value: Euros, message: String) {
    self.field = field
    self.value = value
    self.message = message
  }

  /// Lower the request to `amount`.
  public static func lowerRequest(to amount: Euros) -> Remedy {
    Remedy(
      field: FieldPath("requestedCoFinancing"), value: amount,
      message: "Ramener le cofinancement demandé à " + amount.description + ".")
  }

  /// Set the total cost to `amount` (raise it to a floor or lower it to a ceiling).
  public static func setTotalCost(to amount: Euros, raising: Bool) -> Remedy {
    Remedy(
      field: FieldPath("totalCost"), value: amount,
      message: (raising ? "Porter" : "Ramener") + " le coût total du projet à " + amount.description + ".")
  }

  /// The interchange form: `{"field", "value", "message"}`.
  public var json: JSONValue { JSONTreeBuilder.build { write(to: &$0) } }
}
