/// The tool's help text, in French.
enum Help {
  static let short = "Utilisation : relance --help\n"

  static let full = """
    relance — règles des programmes de financement des projets data de l'État

    Utilisation :
      relance assess [--json | --verdict | --motivation | --csv | --excel | --html] [--reading LECTURE=VARIANTE]… FICHIER…
                                          évalue un dossier (JSON) : constats règle par règle,
                                          cofinancement, tranches, indicateurs obligatoires,
                                          lectures appliquées et celles qui changeraient le statut ;
                                          plusieurs fichiers, un répertoire (ses .json et .jsonl),
                                          un fichier .jsonl (un dossier par ligne) ou - (entrée
                                          standard) : un tableau récapitulatif, une ligne par
                                          dossier (--json : JSON Lines avec "file" et "line" ;
                                          --verdict : le verdict compact, statut, plafond et
                                          règles non respectées, indéterminées ou incomplètes) ;
                                          code de sortie du pire dossier (2, 1, 3, 4, 0) ;
                                          --motivation : un projet de motivation de la décision,
                                          à relire puis coller dans démarches-simplifiées ;
                                          --csv : un tableau CSV (UTF-8), une ligne par dossier
                                          (fichier, ligne, référence, programme, statut, plafond,
                                          limite, règles non respectées, indéterminées,
                                          incomplètes, premier remède) ; --excel : le même pour
                                          un tableur français (BOM, points-virgules) ; --html : un
                                          rapport HTML à imprimer (A4, un dossier par page, les
                                          phrases des textes en notes ; une page de synthèse pour
                                          un lot), à passer en PDF par un navigateur
      relance envelopes [--ledger FICHIER] [--json]
                                          l'arbre des enveloppes ; avec un journal d'engagements,
                                          l'engagé et le restant de chaque enveloppe
      relance calendar [AAAA-MM-JJ] [--json]
                                          les fenêtres des appels (prévu et effectif) ; avec une
                                          date, celles qui sont ouvertes ce jour-là
      relance laureates [--csv | --json]  les 18 lauréats du 1er appel à projets
      relance rules [PROGRAMME] [--json]  le catalogue des règles, avec leurs citations
      relance readings [PROGRAMME] [--json]
                                          les lectures des textes, leurs variantes et explications
      relance award [--json | --ledger] [--reading LECTURE=VARIANTE]… FICHIER
                                          une subvention FTAP : attribué, versé, non débloqué,
                                          restant, lectures et décisions de l'instruction, jalons
                                          et prochaine étape, après ses revues de jalon ;
                                          --ledger : ses événements de registre (engagement avec
                                          ses lectures ; tranches perdues sous
                                          ftap.tranches.withheld = lost)
      relance export scdl [--excel] REGISTRE
                                          les subventions d'un registre d'engagements, au format CSV
                                          SCDL « subventions » 2.1.1 (schema.data.gouv.fr)
      relance export dispositifs [--excel]
                                          une fiche « dispositif d'aide » (schéma v0.2.0) par
                                          programme, dont les subventions citent l'identifiant ;
                                          --excel : copie pour tableur (points-virgules, BOM)
      relance questions [--json] [--reading LECTURE=VARIANTE]… FICHIER
                                          les informations qui manquent au dossier, la plus
                                          décisive d'abord (celle dont le plus de règles ont besoin)
      relance test CHEMIN…                exécute des cas réglementaires (JSON, fichiers ou dossiers) :
                                          une ligne OK ou ÉCHEC par cas, puis la couverture des
                                          règles, issues et variantes ; guide : Docs/CAS.md
      relance import ds --mapping CORRESPONDANCE.json FICHIER
                                          un dossier démarches-simplifiées (API GraphQL v2,
                                          getDossier) au format des dossiers ; une page de
                                          getDemarche en JSON Lines ; exemple de correspondance
                                          (le formulaire n'est pas publié) : Examples/ds/
      relance validate FICHIER            toutes les erreurs de saisie d'un dossier, une par ligne
      relance schema PROGRAMME            le schéma JSON (draft 2020-12) des dossiers du programme
      relance docs DOSSIER                génère les pages de référence (Markdown) dans DOSSIER
      relance --help                      cette aide ; relance COMMANDE --help, l'aide d'une commande
      relance --version                   la version

    Programmes : \(CommandLineTool.programmeIdentifiers.joined(separator: ", "))

    Codes de sortie : 0 éligible (ou succès), 1 inéligible, 2 entrée invalide (une ligne :
    fichier, chemin du champ, raison), 3 incomplet, 4 indéterminé, 64 mauvaise utilisation.
    Fichiers lus : fichiers ordinaires et entrée standard seulement, au plus \(CommandLineTool.inputSizeLimit / 1_048_576) Mio
    par dossier (par ligne d'un .jsonl) ; l'entrée standard est abandonnée après \(CommandLineTool.inputWaitSeconds) s sans
    données. 74 : la sortie n'a pas pu être écrite.

    """

  /// The help of one command: its lines of the usage list (the line that opens with
  /// `relance COMMAND` and those that continue it), then the exit codes.
  static func command(_ name: String) -> String? {
    let lines = full.split(separator: "\n", omittingEmptySubsequences: false)
    var result: [Substring] = []
    var inside = false
    for line in lines {
      let trimmed = line.drop { $0 == " " }
      if trimmed.hasPrefix("relance ") {
        inside = trimmed.hasPrefix("relance " + name + " ") || trimmed == "relance " + name
      } else if trimmed.isEmpty || !line.hasPrefix("      ") {
        inside = false
      }
      if inside { result.append(line) }
    }
    guard !result.isEmpty else { return nil }
    return "Utilisation :\n" + result.joined(separator: "\n") + "\n\nrelance --help donne toutes les commandes.\n"
  }
}
