import FranceRelanceModel

// A dossier filed in the first call for projects, as a service builds it.
var dossier = RelanceDossier(call: .aap1)
dossier.filedOn = try CalendarDate(iso: "2020-12-10")
dossier.applicant = Applicant(name: "Opérateur public d'exemple", kind: .publicOperator)
dossier.totalCost = try Euros(parsing: "400000.00")
dossier.requestedCoFinancing = try Euros(parsing: "300000.01")
dossier.projectKinds = [.dataSteering]
dossier.commitments = Dictionary(uniqueKeysWithValues: LaureateCommitment.allCases.map { ($0, true) })

let report = RelanceCall.aap1.report(on: dossier)
print(report.status)  // ineligible
for finding in report.assessment.violations {
  print(finding.rule.id, "—", finding.message)
  print("  source:", finding.rule.citation)
}
print("plafond :", report.coFinancing?.cap ?? .zero)  // 300 000 €

// Track what is left in the 6 M€ envelope of the call.
var ledger = try EnvelopeLedger(tree: RelancePlan.envelopes)
try ledger.commit(
  Commitment(
    reference: "AAP1-EX-01", envelope: RelanceCall.aap1.envelopeIdentifier,
    amount: .thousands(300), date: try CalendarDate(iso: "2021-03-03")))
print("restant :", ledger.remaining(in: RelanceCall.aap1.envelopeIdentifier)!)  // 5 700 000 €
