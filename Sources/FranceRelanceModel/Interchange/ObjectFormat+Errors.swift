extension ObjectFormat {
  // MARK: Every error of an object

  /// Every error of a value against this format, in field order: unknown keys, required
  /// keys absent, and each member checked against its declared type (strings without
  /// control characters, booleans, amounts, dates, integers in range, enumerations,
  /// SIRETs, lists without repetition, nested objects).
  ///
  /// It checks the shape the format declares, which the JSON Schema publishes; the
  /// readers add the checks between fields. `relance validate` uses it to list every error
  /// inside an object field, where a reader stops at the first.
  public func errors(in value: JSONValue, at path: FieldPath) -> [InterchangeError] {
    guard case .object(let members) = value else {
      return [InterchangeError(.wrongType(expected: "objet", found: value.typeName), at: path)]
    }
    var errors = members.filter { !keys.contains($0.key) }.map {
      InterchangeError(.unknownField, at: path.appending($0.key))
    }
    for field in fields {
      let memberPath = path.appending(field.name)
      guard let member = members.first(where: { $0.key == field.name })?.value, member != .null else {
        if field.required { errors.append(InterchangeError(.missingField, at: memberPath)) }
        continue
      }
      errors += Self.errors(in: member, of: field.type, at: memberPath)
    }
    return errors
  }

  /// The errors of one value against a field type.
  static func errors(in value: JSONValue, of type: FieldType, at path: FieldPath) -> [InterchangeError] {
    do throws(InterchangeError) {
      switch type {
      case .string:
        _ = try JSONObjectReader.string(value, at: path)
      case .text(let limit):
        let text = try JSONObjectReader.string(value, at: path)
        if text.unicodeScalars.count > limit {
          throw InterchangeError(.outOfRange("texte de plus de " + String(limit) + " caractères"), at: path)
        }
      case .boolean:
        guard case .bool = value else {
          throw InterchangeError(.wrongType(expected: "booléen", found: value.typeName), at: path)
        }
      case .amount(let positive):
        let amount = try JSONObjectReader.amount(value, at: path)
        if positive, amount <= .zero {
          throw InterchangeError(.outOfRange("le montant doit être strictement positif"), at: path)
        }
      case .date:
        _ = try JSONObjectReader.date(value, at: path)
      case .integer(let range):
        _ = try JSONObjectReader.integer(value, at: path, in: range)
      case .enumeration(let allowed):
        let text = try JSONObjectReader.string(value, at: path)
        if !allowed.contains(text) { throw InterchangeError(.unknownValue(text, allowed: allowed), at: path) }
      case .constant(let expected):
        let text = try JSONObjectReader.string(value, at: path)
        if text != expected { throw InterchangeError(.unknownValue(text, allowed: [expected]), at: path) }
      case .siret:
        let text = try JSONObjectReader.string(value, at: path)
        do throws(SIRET.Invalid) { _ = try SIRET(text) } catch {
          throw InterchangeError(.invalidSIRET(error), at: path)
        }
      case .set(let element), .array(let element):
        guard case .array(let elements) = value else {
          throw InterchangeError(.wrongType(expected: "tableau", found: value.typeName), at: path)
        }
        var errors: [InterchangeError] = []
        for (index, item) in elements.enumerated() {
          errors += Self.errors(in: item, of: element, at: path.appending(index: index))
        }
        if case .set = type {
          for (index, item) in elements.enumerated() where elements[..<index].contains(item) {
            let text: String
            if case .string(let string) = item { text = string } else { text = item.serialized(pretty: false) }
            errors.append(
              InterchangeError(.invalid("valeur répétée « " + text + " »"), at: path.appending(index: index)))
          }
        }
        return errors
      case .object(let format):
        return format.errors(in: value, at: path)
      }
    } catch {
      return [error]
    }
    return []
  }
}
