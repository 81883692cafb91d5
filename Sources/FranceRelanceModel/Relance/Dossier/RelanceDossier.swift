/// A dossier filed in one of the « Cycle de vie de la donnée » calls.
///
/// The common fields (``DossierBasics``) read directly: `dossier.totalCost`. Any field may
/// be absent; a rule that needs it then reports missing input.
///
/// ```swift
/// var dossier = RelanceDossier(call: .aap1)
/// dossier.totalCost = .thousands(400)
/// dossier.requestedCoFinancing = .thousands(300)
/// RelanceCall.aap1.verdict(dossier).status  // .incomplete: other fields are missing
/// ```
public struct RelanceDossier: ProgrammeDossier {
  // MARK: Stored properties

  /// The call the dossier is filed in.
  public var call: RelanceCall
  /// The fields every programme shares.
  public var basics: DossierBasics
  /// The eligible kinds of project it declares; empty when it declares none.
  public var projectKinds: EnumSet<RelanceProjectKind>?
  /// The laureate commitments it declares: `true` committed, `false` refused, absent
  /// unknown.
  public var commitments: EnumFlags<LaureateCommitment>?

  // MARK: Creating dossiers

  /// Creates a dossier.
  public init(
    call: RelanceCall, basics: DossierBasics = DossierBasics(), projectKinds: EnumSet<RelanceProjectKind>? = nil,
    commitments: EnumFlags<LaureateCommitment>? = nil
  ) {
    self.call = call
    self.basics = basics
    self.projectKinds = projectKinds
    self.commitments = commitments
  }
}
