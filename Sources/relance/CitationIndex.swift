import FTAPGuichet
import FranceRelanceModel
import FundingProgrammes

/// Every citation of the package and what uses it: the basis of the traceability page,
/// and of the test that checks every quote is verbatim in its seed.
enum CitationIndex {
  /// A citation and a French label of what uses it.
  struct Entry {
    let user: String
    let citation: Citation
  }

  static var entries: [Entry] {
    var entries: [Entry] = []
    func add(_ user: String, _ citations: [Citation]) {
      entries += citations.map { Entry(user: user, citation: $0) }
    }
    for programme in CommandLineTool.programmes {
      for rule in programme.rules {
        add("`" + rule.id.rawValue + "` (" + programme.identifier.rawValue + ")", rule.citations)
      }
      for reading in programme.readings {
        add("lecture `" + reading.id.rawValue + "` (" + programme.identifier.rawValue + ")", reading.citations)
      }
      for parameter in programme.parameterDescriptions {
        add("paramètre « " + parameter.name + " » (" + programme.identifier.rawValue + ")", [parameter.citation])
      }
    }
    for envelope in RelancePlan.envelopes.allEnvelopes {
      if let citation = envelope.citation { add("enveloppe `" + envelope.id.rawValue + "`", [citation]) }
    }
    for call in RelanceCall.allCases {
      add("calendrier prévu de `" + call.rawValue + "`", call.calendar.planned.citations)
      if let actual = call.calendar.actual { add("calendrier effectif de `" + call.rawValue + "`", actual.citations) }
    }
    for kind in RelanceProjectKind.allCases { add("type de projet `" + kind.rawValue + "`", [kind.citation]) }
    for objective in RelanceObjective.allCases { add("objectif `" + objective.rawValue + "`", [objective.citation]) }
    for commitment in LaureateCommitment.allCases {
      add("engagement `" + commitment.rawValue + "`", [commitment.citation])
    }
    for category in LaureateCategory.allCases {
      add("catégorie de lauréats `" + category.rawValue + "`", [category.citation])
    }
    for criterion in RelanceSelection.criteria { add("critère `" + criterion.id + "`", [criterion.citation]) }
    add("pratique du jury du 1er appel", [RelanceSelection.juryPractice])
    add("résultats du 1er appel", [AAP1Results.funnelCitation, AAP1Results.preselectionCitation])
    add("taille du jury", [AAP1Results.jurySizeCitation])
    add("fonds des collectivités territoriales", LocalAuthorityFund.window.citations)
    add(
      "marché-cadre data sciences",
      [DataScienceFrameworkContract.citation, DataScienceFrameworkContract.providerCitation])
    add("fenêtre du guichet FTAP", FTAPGuichet().window.citations)
    add("revues de jalon FTAP", [FTAPEdition.milestoneCitation])
    for type in FTAPProjectType.allCases { add("type de projet `" + type.rawValue + "`", [type.citation]) }
    for commitment in FTAPCommitment.allCases { add("engagement `" + commitment.rawValue + "`", [commitment.citation]) }
    for indicator in FTAPIndicator.allCases { add("indicateur `" + indicator.rawValue + "`", [indicator.citation]) }
    let ftapCriteria =
      [FTAPSelection.main] + FTAPSelection.proactive + FTAPSelection.dataProvision
      + FTAPSelection.policyImprovement
    for criterion in ftapCriteria { add("critère `" + criterion.id + "`", [criterion.citation]) }
    add("principes de qualité FTAP", [FTAPGuichet.qualityCitation])
    add("accompagnement du Datalab", [FTAPGuichet.datalabCitation])
    add("impact expérimental en moins de 6 mois", [FTAPGuichet.experimentalImpactCitation])
    add("projets interministériels de la DINUM", [FTAPGuichet.dinumInterministerialCitation])
    return entries
  }
}
