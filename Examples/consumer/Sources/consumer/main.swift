import FTAPGuichet
import FranceRelanceModel

// Both programmes have one API shape (RuleBasedProgramme): verdict, report, readings.

// A dossier filed in the first call for projects, as a service builds it.
var dossier = RelanceDossier(call: .aap1)
dossier.filedOn = try CalendarDate(iso: "2020-12-10")
dossier.applicant = Applicant(name: "Opérateur public d'exemple", kind: .publicOperator)
dossier.totalCost = try Euros(parsing: "400000.00")
dossier.requestedCoFinancing = try Euros(parsing: "300000.01")
dossier.projectKinds = [.dataSteering]
dossier.commitments = .all(true)

let call = RelanceCall.aap1
print(call.verdict(dossier))  // status and cap, without findings
let report = call.report(on: dossier)
for finding in report.assessment.violations {
  print(finding.rule.id, "—", finding.message)
  print("  source :", finding.rule.citation.frenchDescription)
}

// Track what is left in the 6 M€ envelope of the call.
var ledger = try EnvelopeLedger(tree: RelancePlan.envelopes)
try ledger.commit(
  Commitment(
    reference: "AAP1-EX-01", envelope: call.envelopeIdentifier, amount: .thousands(300),
    date: try CalendarDate(iso: "2021-03-03")))
print("restant :", ledger.remaining(in: call.envelopeIdentifier)!)  // 5 700 000 €

// An FTAP dossier: 500 000 € requested over 18 months, paid in three tranches.
var ftap = FTAPDossier()
ftap.filedOn = try CalendarDate(iso: "2024-03-12")
ftap.applicant = Applicant(name: "Direction d'exemple", kind: .stateAdministration)
ftap.totalCost = .millions(1)
ftap.personnelCost = .thousands(400)
ftap.requestedCoFinancing = .thousands(500)
ftap.durationMonths = 18
ftap.startDate = try CalendarDate(iso: "2024-08-31")
ftap.projectTypes = [.dataProvision]
ftap.dataProvision = DataProvision(openData: false, api: true, files: false)
ftap.commitments = .all(true)
ftap.plannedIndicators = [.provisionTransmissions, .provisionAccessDelay]
ftap.impactModel = "Transmissions et délais d'accès mesurés chaque semestre."
// « Ils indiqueront dans leur candidature leur stratégie de déploiement pour atteindre les
// jalons des indicateurs retenus » : a target at each of the 3 six-month milestones.
ftap.deployment = Deployment(
  strategy: "Ouverture de l'API à deux ministères, puis à toutes les administrations.",
  targets: [
    IndicatorMilestones(.provisionTransmissions, milestones: ["10 000", "50 000", "120 000"]),
    IndicatorMilestones(.provisionAccessDelay, milestones: ["30 jours", "15 jours", "5 jours"]),
  ])

let guichet = FTAPGuichet()
let award = guichet.report(on: ftap)
print(award.status, award.tranches.map { "\($0.date): \($0.amount)" })

// The same dossier under another reading of the Titre 2 note (personnel costs not
// co-financed): every report lists the readings applied and which other variants would
// change its status.
var strict = FTAPReadings()
strict.personnel = .notCoFinanced
print(guichet.report(on: ftap, readings: strict).readings.filter { !$0.isDefault }.map(\.id))

// A smaller project: the sensitivity list names what the texts leave open.
var small = ftap
small.totalCost = .thousands(90)
small.personnelCost = .zero
small.requestedCoFinancing = .thousands(45)
print(guichet.report(on: small).sensitivity.map { "\($0.reading) = \($0.variant) → \($0.status)" })

// Drive the milestone reviews: only DINUM can unlock a tranche.
var reviews = MilestoneReviewProcess(
  schedule: try TrancheSchedule(grant: .thousands(500), start: ftap.startDate!, durationMonths: 18),
  mandatoryIndicators: [.provisionTransmissions, .provisionAccessDelay])
var semester = IndicatorReport()
semester.transmissions = 12_400
semester.accessDelay = try .init(days: [3, 10, 5, 8])
let milestone = reviews.current!.date  // 2025-02-28
try reviews.submitReport(semester, by: .projectOwner, on: milestone)
try reviews.review(.confirmed, by: .dinum, on: milestone)
do {
  try reviews.unlockTranche(by: .projectOwner, on: milestone)
} catch {
  print(error)  // Le porteur de projet ne peut pas débloquer la tranche suivante.
}
try reviews.unlockTranche(by: .dinum, on: milestone)
print("versé :", reviews.released, "— reste :", reviews.remaining)
