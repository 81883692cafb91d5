import FranceRelanceModel

/// The commands of the `relance` tool, in the order of the help: the one declaration that
/// the dispatch, the options, the suggestions, the help, the reference page of the commands
/// and the shell completions are derived from (issue #25).
extension CommandLineTool {
  // MARK: The table

  /// Every command, in the order of the help.
  static let table: [ToolCommand] = [
    ToolCommand(
      name: "assess",
      options: ["--json", "--verdict", "--reading", "--reform", "--motivation", "--csv", "--excel", "--html"],
      valuedOptions: ["--reading": .readings, "--reform": .files], arguments: .files,
      usages: [
        .init(
          synopsis:
            "relance assess [--json | --verdict | --motivation | --csv | --excel | --html] [--reading LECTURE=VARIANTE]… [--reform RÉFORME.json] FICHIER…",
          description: [
            "évalue un dossier (JSON) : constats règle par règle,",
            "cofinancement, tranches, indicateurs obligatoires,",
            "lectures appliquées et celles qui changeraient le statut ;",
            "plusieurs fichiers, un répertoire (ses .json et .jsonl),",
            "un fichier .jsonl (un dossier par ligne) ou - (entrée",
            "standard) : un tableau récapitulatif, une ligne par",
            "dossier (--json : JSON Lines avec \"file\" et \"line\" ;",
            "--verdict : le verdict compact, statut, plafond et",
            "règles non respectées, indéterminées ou incomplètes) ;",
            "code de sortie du pire dossier (2, 1, 3, 4, 0) ;",
            "--motivation : un projet de motivation de la décision,",
            "à relire puis coller dans démarches-simplifiées ;",
            "--csv : un tableau CSV (UTF-8), une ligne par dossier",
            "(fichier, ligne, référence, programme, statut, plafond,",
            "limite, règles non respectées, indéterminées,",
            "incomplètes, premier remède) ; --excel : le même pour",
            "un tableur français (BOM, points-virgules) ; --html : un",
            "rapport HTML à imprimer (A4, un dossier par page, les",
            "phrases des textes en notes ; une page de synthèse pour",
            "un lot), à passer en PDF par un navigateur ; --reform :",
            "les paramètres datés d'une réforme (Examples/reforms/) ;",
            "le rapport la nomme, avec ses périodes appliquées et les",
            "constats qu'elle change",
          ])
      ],
      run: { invocation in assessCommand(invocation) }),
    ToolCommand(
      name: "envelopes", options: ["--ledger", "--json"], valuedOptions: ["--ledger": .files], arguments: .none,
      usages: [
        .init(
          synopsis: "relance envelopes [--ledger FICHIER] [--json]",
          description: [
            "l'arbre des enveloppes ; avec un journal d'engagements,",
            "l'engagé et le restant de chaque enveloppe",
          ])
      ],
      run: { envelopes($0.arguments, readFile: $0.readFile) }),
    ToolCommand(
      name: "calendar", options: ["--json", "--reading"], valuedOptions: ["--reading": .readings], arguments: .none,
      usages: [
        .init(
          synopsis: "relance calendar [AAAA-MM-JJ] [--json]",
          description: [
            "les fenêtres des appels (prévu et effectif) ; avec une",
            "date, celles qui sont ouvertes ce jour-là",
          ])
      ],
      run: { calendar($0.arguments) }),
    ToolCommand(
      name: "laureates", options: ["--csv", "--json"], valuedOptions: [:], arguments: .none,
      usages: [
        .init(
          synopsis: "relance laureates [--csv | --json]",
          description: [
            "les " + String(AAP1Results.laureates.count) + " lauréats du 1er appel à projets"
          ])
      ],
      run: { laureates($0.arguments) }),
    ToolCommand(
      name: "rules", options: ["--json"], valuedOptions: [:], arguments: .programmes,
      usages: [
        .init(
          synopsis: "relance rules [PROGRAMME] [--json]",
          description: [
            "le catalogue des règles, avec leurs citations"
          ])
      ],
      run: { rules($0.arguments) }),
    ToolCommand(
      name: "readings", options: ["--json"], valuedOptions: [:], arguments: .programmes,
      usages: [
        .init(
          synopsis: "relance readings [PROGRAMME] [--json]",
          description: [
            "les lectures des textes, leurs variantes et explications"
          ])
      ],
      run: { readings($0.arguments) }),
    ToolCommand(
      name: "parameters", options: ["--json"], valuedOptions: [:], arguments: .programmes,
      usages: [
        .init(
          synopsis: "relance parameters [PROGRAMME] [--json]",
          description: [
            "les paramètres datés : identifiant, libellé, unité, et pour",
            "chaque période sa date, sa valeur et la phrase qui la fixe",
          ])
      ],
      run: { parameters($0.arguments) }),
    ToolCommand(
      name: "award", options: ["--json", "--ledger", "--reading"], valuedOptions: ["--reading": .readings],
      arguments: .files,
      usages: [
        .init(
          synopsis: "relance award [--json | --ledger] [--reading LECTURE=VARIANTE]… FICHIER",
          description: [
            "une subvention FTAP : attribué, versé, non débloqué,",
            "restant, lectures et décisions de l'instruction, jalons",
            "et prochaine étape, après ses revues de jalon ;",
            "--ledger : ses événements de registre (engagement avec",
            "ses lectures ; tranches perdues sous",
            "ftap.tranches.withheld = lost)",
          ])
      ],
      run: { award($0.arguments, readFile: $0.readFile) }),
    ToolCommand(
      name: "export", options: ["--excel"], valuedOptions: [:], arguments: .words(["scdl", "dispositifs"]),
      usages: [
        .init(
          synopsis: "relance export scdl [--excel] REGISTRE",
          description: [
            "les subventions d'un registre d'engagements, au format CSV",
            "SCDL « subventions » 2.1.1 (schema.data.gouv.fr)",
          ]),
        .init(
          synopsis: "relance export dispositifs [--excel]",
          description: [
            "une fiche « dispositif d'aide » (schéma v0.2.0) par",
            "programme, dont les subventions citent l'identifiant ;",
            "--excel : copie pour tableur (points-virgules, BOM)",
          ]),
      ],
      run: { export($0.arguments, readFile: $0.readFile) }),
    ToolCommand(
      name: "questions", options: ["--json", "--reading", "--reform"],
      valuedOptions: ["--reading": .readings, "--reform": .files], arguments: .files,
      usages: [
        .init(
          synopsis: "relance questions [--json] [--reading LECTURE=VARIANTE]… [--reform RÉFORME.json] FICHIER",
          description: [
            "les informations qui manquent au dossier, la plus",
            "décisive d'abord (celle dont le plus de règles ont besoin)",
          ])
      ],
      run: { questions($0.arguments, readFile: $0.readFile) }),
    ToolCommand(
      name: "test", options: ["--reform"], valuedOptions: ["--reform": .files], arguments: .files,
      usages: [
        .init(
          synopsis: "relance test [--reform RÉFORME.json] CHEMIN…",
          description: [
            "exécute des cas réglementaires (JSON, fichiers ou dossiers) :",
            "une ligne OK ou ÉCHEC par cas, puis la couverture des",
            "règles, issues et variantes ; guide : Docs/CAS.md ;",
            "--reform : les cas sous les paramètres d'une réforme",
          ])
      ],
      run: { invocation in
        test(invocation.arguments, io: invocation.io ?? .inMemory(readFile: invocation.readFile) { _ in true })
      }),
    ToolCommand(
      name: "import", options: ["--mapping"], valuedOptions: ["--mapping": .files], arguments: .words(["ds"]),
      usages: [
        .init(
          synopsis: "relance import ds --mapping CORRESPONDANCE.json FICHIER",
          description: [
            "un dossier démarches-simplifiées (API GraphQL v2,",
            "getDossier) au format des dossiers ; une page de",
            "getDemarche en JSON Lines ; exemple de correspondance",
            "(le formulaire n'est pas publié) : Examples/ds/",
          ])
      ],
      run: { importDossiers($0.arguments, readFile: $0.readFile) }),
    ToolCommand(
      name: "validate", options: [], valuedOptions: [:], arguments: .files,
      usages: [
        .init(
          synopsis: "relance validate FICHIER",
          description: [
            "toutes les erreurs de saisie d'un dossier, une par ligne"
          ])
      ],
      run: { validate($0.arguments, readFile: $0.readFile) }),
    ToolCommand(
      name: "schema", options: [], valuedOptions: [:], arguments: .programmes,
      usages: [
        .init(
          synopsis: "relance schema PROGRAMME",
          description: [
            "le schéma JSON (draft 2020-12) des dossiers du programme"
          ])
      ],
      run: { schema($0.arguments) }),
    ToolCommand(
      name: "docs", options: [], valuedOptions: [:], arguments: .folders,
      usages: [
        .init(
          synopsis: "relance docs DOSSIER",
          description: [
            "génère les pages de référence (Markdown) dans DOSSIER"
          ])
      ],
      run: { docs($0.arguments, writeFile: $0.writeFile) }),
    ToolCommand(
      name: "completion", options: [], valuedOptions: [:], arguments: .words(Completion.Shell.allCases.map(\.rawValue)),
      usages: [
        .init(
          synopsis: "relance completion bash|zsh|fish",
          description: [
            "le script de complétion du shell : commandes, options,",
            "programmes, lectures et fichiers (par exemple :",
            "source <(relance completion bash))",
          ])
      ],
      run: { completion($0.arguments) }),
  ]

  /// The lines of help of the tool itself (`--help`, `--version`), after the commands'.
  static let toolUsages: [ToolCommand.Usage] = [
    .init(synopsis: "relance --help", description: ["cette aide ; relance COMMANDE --help, l'aide d'une commande"]),
    .init(synopsis: "relance --version", description: ["la version"]),
  ]

  // MARK: Derived

  /// The options of each command.
  static let options: [String: [String]] = Dictionary(uniqueKeysWithValues: table.map { ($0.name, $0.options) })

  /// The commands' names, and `help`, for suggestions.
  static let commands: [String] = table.map(\.name) + ["help"]

  /// The command named `name`.
  static func command(named name: String) -> ToolCommand? { table.first { $0.name == name } }
}
