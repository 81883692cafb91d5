/// A dossier field declared once: its key, type and description (for the schema), how it
/// is read from a dossier object and how it is written back.
///
/// A dossier type lists its fields as codecs; its ``ObjectFormat``, its reader and its
/// writer are derived from that list, so adding a field is one entry.
///
/// ```swift
/// FieldCodec<FTAPDossier>(
///   .init("impactModel", .string, description: "Modèle de mesure de l'impact"),
///   read: { object, dossier throws(InterchangeError) in dossier.impactModel = try object.string("impactModel") },
///   write: { dossier in dossier.impactModel.map(JSONValue.string) })
/// ```
public struct FieldCodec<Root>: Sendable {
  /// The field's key, type and description.
  public let field: ObjectFormat.Field
  @usableFromInline let reader: @Sendable (JSONObjectReader, inout Root) throws(InterchangeError) -> Void
  @usableFromInline let writer: @Sendable (Root) -> JSONValue?

  /// Declares a field.
  ///
  /// - Parameters:
  ///   - field: the key, the type and the French description of the schema.
  ///   - read: reads the field from the dossier object into the dossier; leaves it absent
  ///     when the object lacks it.
  ///   - write: the field's value, or `nil` when the dossier lacks it.
  public init(
    _ field: ObjectFormat.Field,
    read: @escaping @Sendable (JSONObjectReader, inout Root) throws(InterchangeError) -> Void,
    write: @escaping @Sendable (Root) -> JSONValue?
  ) {
    self.field = field
    reader = read
    writer = write
  }

  /// Reads the field from a dossier object into a dossier.
  ///
  /// - Throws: ``InterchangeError`` naming the field.
  public func read(_ object: JSONObjectReader, into root: inout Root) throws(InterchangeError) {
    try reader(object, &root)
  }

  /// The field as a member of the dossier object; `nil` when the dossier lacks it.
  public func member(of root: Root) -> JSONValue.Member? {
    writer(root).map { JSONValue.Member(field.name, $0) }
  }

  /// Reads every field of a list into a value, collecting the error of each field that
  /// cannot be read instead of stopping at the first: what `relance validate` lists.
  ///
  /// A field whose value cannot be read is left absent; the fields after it are still read.
  /// Inside an object or a list field, where the field's reader stops at its first error,
  /// the others come from the field's declared format (``ObjectFormat/errors(in:at:)``).
  ///
  /// - Returns: the errors, in field order; empty when every field was read.
  public static func readAll(_ codecs: [FieldCodec], from object: JSONObjectReader, into root: inout Root)
    -> [InterchangeError]
  {
    var errors: [InterchangeError] = []
    for codec in codecs {
      do { try codec.read(object, into: &root) } catch {
        errors.append(error)
        // Inside an object or a list of objects, the reader stops at the first error: the
        // field's format lists the others.
        let path = object.path.appending(codec.field.name)
        guard error.path != path, let value = object.value(codec.field.name) else { continue }
        switch codec.field.type {
        case .object, .array(.object), .set:
          errors += ObjectFormat.errors(in: value, of: codec.field.type, at: path).filter { $0.path != error.path }
        default: break
        }
      }
    }
    return errors
  }
}
