/// The variants of one reading, as an enumeration whose first case is the default.
///
/// The raw values are the variant identifiers of the contract (`hard`, `guidance`…), used
/// by `--reading ID=VARIANT`, the reports and the regulation cases.
///
/// ```swift
/// enum SizeBounds: String, ReadingVariant { case hard, guidance }
/// ```
public protocol ReadingVariant: RawRepresentable<String>, CaseIterable, Sendable, Hashable
where AllCases == [Self] {}
