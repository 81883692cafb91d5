public import FranceRelanceModel

extension FTAPGuichet {
  // MARK: Verdict only

  /// The status and cap of a dossier, without findings or messages.
  ///
  /// Evaluates the same thirteen rules as ``assess(_:)`` on plain values (see
  /// ``outcomes(of:)``): no string, array or finding is built.
  ///
  /// - Complexity: O(1).
  @inlinable @inline(__always)
  public func verdict(_ dossier: FTAPDossier) -> Verdict {
    let result = outcomes(of: dossier)
    return Verdict(status: result.kinds.status, cap: result.cap)
  }

  /// The outcome kind of every rule, in catalogue order, and the cap when the total cost
  /// is known, computed on plain values without building any string or array.
  ///
  /// The FTAP property tests check on 100 000 generated dossiers that these kinds are the
  /// outcomes of ``assess(_:)``'s findings, rule by rule.
  ///
  /// - Complexity: O(1).
  @inlinable @inline(__always)
  public func outcomes(of dossier: FTAPDossier) -> (kinds: OutcomeKinds, cap: Euros?) {
    outcomes(of: dossier, totalCost: dossier.totalCost, requested: dossier.requestedCoFinancing)
  }

  /// The outcomes of a dossier whose total cost and request are replaced, without copying
  /// it (used to check remedies).
  @inlinable @inline(__always)
  func outcomes(of dossier: FTAPDossier, totalCost: Euros?, requested: Euros?) -> (kinds: OutcomeKinds, cap: Euros?) {
    var kinds = OutcomeKinds()
    // ftap.window
    let filed = dossier.basics.filedOn
    kinds.append(Self.kind(filed != nil, filed.map { $0 >= limits.firstDay && $0 <= limits.lastDay } ?? false))
    // ftap.applicant
    switch dossier.basics.applicant?.kind {
    case nil: kinds.append(.missingInput)
    case .stateAdministration?, .publicOperator?: kinds.append(.satisfied)
    case _?: kinds.append(.violated)
    }
    // ftap.projectType
    let types = dossier.projectTypes
    kinds.append(Self.kind(types != nil, types.map { !$0.isEmpty } ?? false))
    // ftap.size
    let total = totalCost
    kinds.append(
      Self.kind(total != nil, total.map { $0.cents >= limits.minimumCents && $0.cents <= limits.maximumCents } ?? false)
    )
    // ftap.cofinancing.rate, ftap.cofinancing.personnel
    var cap: Euros?
    if let total {
      let money = FTAPCoFinancing(totalCost: total, personnelCost: dossier.basics.personnelCost, requested: requested)
      cap = money.cap
      kinds.append(Self.kind(requested != nil, requested.map { $0 <= money.rateLimit } ?? false))
      if let requested, let personnelLimit = money.personnelLimit {
        kinds.append(requested <= personnelLimit ? .satisfied : .violated)
      } else {
        kinds.append(.missingInput)
      }
    } else {
      kinds.append(.missingInput)
      kinds.append(.missingInput)
    }
    // ftap.referencing.api, ftap.referencing.dataGouv
    let commitments = dossier.commitments
    let provision = dossier.dataProvision
    kinds.append(Self.referencing(types, provision?.api, commitments, .apiGouvReferencing))
    kinds.append(Self.referencing(types, provision?.openData, commitments, .dataGouvReferencing))
    // ftap.quality.*
    kinds.append(Self.commitment(commitments, .openSource))
    kinds.append(Self.commitment(commitments, .accessibility))
    kinds.append(Self.commitment(commitments, .ecoResponsibility))
    // ftap.indicators
    if let mandatory = FTAPIndicator.mandatorySet(types: types, provision: provision) {
      let planned = dossier.plannedIndicators
      kinds.append(
        mandatory.isEmpty ? .satisfied : Self.kind(planned != nil, planned?.isSuperset(of: mandatory) ?? false))
    } else {
      kinds.append(.missingInput)
    }
    // ftap.impactModel
    kinds.append(Self.kind(answer: dossier.impactModelIsDescribed))
    return (kinds, cap)
  }

  /// Missing input when the rule's input is unknown, otherwise satisfied or violated.
  @inlinable @inline(__always)
  static func kind(_ known: Bool, _ satisfied: Bool) -> Outcome.Kind {
    !known ? .missingInput : satisfied ? .satisfied : .violated
  }

  /// The kind of a rule decided by a yes/no answer: satisfied, violated, or missing input
  /// when the answer is unknown.
  @inlinable @inline(__always)
  static func kind(answer: Bool?) -> Outcome.Kind {
    switch answer {
    case nil: .missingInput
    case true?: .satisfied
    case false?: .violated
    }
  }

  /// The kind of a commitment rule: the answer, or missing input.
  @inlinable @inline(__always)
  static func commitment(_ answers: EnumFlags<FTAPCommitment>?, _ commitment: FTAPCommitment) -> Outcome.Kind {
    kind(answer: answers?[commitment])
  }

  /// The kind of a referencing rule: not applicable unless the project provides data
  /// through the channel, then the commitment's answer.
  @inlinable @inline(__always)
  static func referencing(
    _ types: EnumSet<FTAPProjectType>?, _ uses: Bool?, _ answers: EnumFlags<FTAPCommitment>?,
    _ commitment: FTAPCommitment
  ) -> Outcome.Kind {
    guard let types else { return .missingInput }
    guard types.contains(.dataProvision) else { return .notApplicable }
    switch uses {
    case nil: return .missingInput
    case false?: return .notApplicable
    case true?: return Self.commitment(answers, commitment)
    }
  }
}
