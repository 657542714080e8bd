/** The CLI's human output in Welsh. */
import type { CliWords } from './catalog.js';
import type { en } from './en.js';

export const cy = {
  help: `Mainc Waith Segmentu {{version}} — segmentu cwsmeriaid ar eich peiriant eich hun.

Defnydd: segwb <gorchymyn> [opsiynau]

Gorchmynion:
  import FILE --project P.segwb   mewnforio CSV/TSV o archebion neu gwsmeriaid
  import --from URL --table T --project P
                                  mewnforio tabl o gronfa ddata PostgreSQL neu DuckDB
  datasets [undo|clear-history] --project P [--json]
                                  y setiau data, a dadwneud y mewnforio diweddaraf
  metrics --project P --json      diweddarwch, amlder a gwerth ariannol pob cwsmer
  pareto --project P [--segment NAME] [--by FIELD] --json
                                  ffigurau 80/20 refeniw cwsmeriaid (o fewn segment, neu
                                  fesul gwerth maes fel gwlad neu gynnyrch)
  compare --project P --segments A,B,... --json
                                  maint a gwerth segmentau ochr yn ochr
  demo --project P                creu prosiect y siop arddangos (synthetig, hedyn sefydlog)
  rfm --project P [--bins 5] [--scheme rfm-classic|rf-grid] [--as-of D] --json
                                  sgoriau a segmentau RFM (cynllun rhagosodedig rfm-classic)
  rfm --project P --sql --dialect postgres|duckdb|sqlite [--bins 5] [--scheme S] [--as-of D]
                                  yr un sgoriau fel un SELECT dros dablau'r warws data
  cluster --project P --fields F1,F2,... [--k N | --k-range A-B] [--seed S] [--log] --json
                                  clystyrau k-means o'r cwsmeriaid ar feysydd rhif
  clv --project P [--calibration-end D] [--unit day|week] [--horizon N] [--margin M]
      [--discount-rate R] --json
                                  pryniannau, gwariant a gwerth oes a ragwelir i bob cwsmer
  migrate --project P --from D1 --to D2 --by rfm [--scheme S] [--bins N] --json
  migrate --project P --from D1 --to D2 --by segments --segments A,B,... --json
                                  pwy symudodd o ba segment i ba un rhwng dau ddyddiad
  cohorts --project P --period month|week|quarter --json
                                  carfanau caffael: cwsmeriaid gweithredol a refeniw fesul cyfnod
  report --project P --out FILE [--lang en|fa|ar|cy] [--segments A,B,...] [--format html|pdf]
                                  y prosiect mewn un adroddiad i'w drosglwyddo (HTML neu PDF)
  segment count --project P --rule FILE.json --json
                                  cwsmeriaid a refeniw rheol, gyda'u cyfrannau
  segment save --project P --name NAME --rule FILE.json
                                  cadw segment (neu ddiweddaru'r un o'r enw hwnnw)
  segment list --project P --json
                                  y segmentau a gadwyd gyda'u niferoedd cyfredol
  segment export --project P --name NAME --out F.csv [--layout mailchimp] [--bom]
                                  cwsmeriaid segment fel CSV
  segment count --source URL --rule FILE.json --json
                                  yr un cyfrif, ar gronfa ddata sy'n dal tablau'r warws data
  segment sql --project P (--rule FILE.json | --name NAME) --dialect postgres|duckdb|sqlite
      [--as-of D]                 y segment fel un SELECT dros dablau'r warws data
  warehouse export --project P --out DIR [--dialect postgres|duckdb]
                                  y prosiect fel schema.sql a ffeiliau CSV ar gyfer warws data

Mae pob gorchymyn yn derbyn --lang en|fa|ar|cy ar gyfer iaith ei negeseuon (rhagosodiad: LC_ALL, LC_MESSAGES neu LANG).
Rhedwch "segwb <gorchymyn> --help" i weld opsiynau gorchymyn. Nid oes dim yn gadael eich peiriant.`,
  common: {
    unknownCommand: 'segwb: gorchymyn anhysbys "{{name}}". Rhedwch "segwb --help" i weld y rhestr.',
    badLanguage: 'Rhaid i --lang fod yn en, fa, ar neu cy, nid "{{value}}"',
    required: 'Mae angen --{{name}}',
    wholeNumber: 'Rhaid i --{{name}} fod yn rhif cyfan, nid "{{value}}"',
    needsValue: 'Mae angen gwerth ar --{{name}}',
    unexpected: 'dadl annisgwyl "{{value}}"',
    unknownAction: 'gweithred anhysbys "{{value}}"',
    atLine: ' (llinell {{line}})',
    atLineColumn: ' (llinell {{line}}, colofn {{column}})',
    needsAnswer: "{{message}} Rhowch --replace i'w disodli neu --append i gyfuno'r ffeil hon â nhw; ni newidiwyd dim.",
  },
  kinds: {
    customers: 'cwsmeriaid',
    orders: 'archebion',
    order_lines: 'llinellau archeb',
    products: 'cynhyrchion',
    payments: 'taliadau',
    reviews: 'adolygiadau',
    events: 'digwyddiadau',
    lookup: 'tabl cyfeirio',
  },
  import: {
    imported: 'Mewnforiwyd {{file}} ({{kind}})',
    rowsRead: 'rhesi a ddarllenwyd',
    rowsImported: 'rhesi a fewnforiwyd',
    rowsRejected: 'rhesi a wrthodwyd',
    customers: 'cwsmeriaid',
    orders: 'archebion',
    firstLine: ' (y cyntaf: llinell {{line}}',
    column: ', colofn {{column}}',
    value: ', "{{value}}"',
    close: ')',
    fromTable: 'tabl {{table}} o {{database}}',
    reasons: {
      wrong_field_count: 'nifer anghywir o feysydd',
      bad_number: 'nid yw’n rhif',
      number_too_large: 'rhif rhy fawr',
      bad_date: 'nid yw’n ddyddiad',
      missing_customer_id: 'dim ID cwsmer',
      missing_date: 'dim dyddiad',
      duplicate_customer_id: 'ID cwsmer dyblyg',
      missing_order_id: 'dim ID archeb',
      missing_key: 'dim allwedd',
      duplicate_key: 'allwedd ddyblyg',
      order_not_found: 'heb ddod o hyd i’r archeb',
      missing_event_type: 'dim math o ddigwyddiad',
    },
  },
  segment: {
    counts:
      '{{customers}} o gwsmeriaid ({{shareCustomers}} o’r cyfan), refeniw {{revenue}} ({{shareRevenue}} o’r cyfan)',
    saved: 'Cadwyd y segment "{{name}}" (ID {{id}}): {{counts}}',
    updated: 'Diweddarwyd y segment "{{name}}" (ID {{id}}): {{counts}}',
    none: 'Dim segmentau wedi’u cadw.',
    sayAction: 'dywedwch count, save, list, export neu sql',
    countedOn: '{{counts}}; cyfrifwyd ar y gronfa ddata {{database}} mewn {{ms}} ms',
    notFound: 'Nid oes segment o’r enw "{{name}}" yn y prosiect hwn.',
    wrote: {
      one: 'Ysgrifennwyd {{rows}} cwsmer o "{{name}}" i {{file}}.',
      other: 'Ysgrifennwyd {{rows}} o gwsmeriaid o "{{name}}" i {{file}}.',
    },
    leftOutEmail: {
      one: ' Gadawyd allan {{count}} cwsmer heb gyfeiriad e-bost.',
      other: ' Gadawyd allan {{count}} o gwsmeriaid heb gyfeiriad e-bost.',
    },
    leftOutEmailOrPhone: {
      one: ' Gadawyd allan {{count}} cwsmer heb gyfeiriad e-bost na rhif ffôn.',
      other: ' Gadawyd allan {{count}} o gwsmeriaid heb gyfeiriad e-bost na rhif ffôn.',
    },
  },
  rfm: {
    warning: 'Rhybudd: {{message}}',
    breaks: 'Ffiniau: diweddarwch {{recency}} diwrnod; amlder {{frequency}}; ariannol {{monetary}}',
    noCustomers: '(dim cwsmeriaid)',
    columns: { segment: 'segment', customers: 'cwsmeriaid', revenue: 'refeniw' },
    bins: 'Rhaid i --bins fod yn 3, 4 neu 5, nid "{{value}}"',
    scheme: 'Rhaid i --scheme fod yn rfm-classic neu rf-grid, nid "{{value}}"',
  },
  warehouse: {
    sayAction: 'dywedwch export',
    wrote: 'Ysgrifennwyd schema.sql ({{dialect}}) a {{count}} ffeil CSV i {{out}}: {{tables}}.',
    table: { one: '{{table}} ({{rows}} rhes)', other: '{{table}} ({{rows}} o resi)' },
  },
  pareto: {
    bring80: 'Daw 80% o’r refeniw o {{share}} o’r {{unit}} ({{k80}} o {{customers}}).',
    top20: 'Yr 20% uchaf o’r {{unit}}: {{share}} o’r refeniw {{revenue}}. Gini {{gini}}.',
    customers: 'cwsmeriaid',
    valuesOf: 'gwerthoedd {{label}}',
  },
  compare: {
    columns: {
      segment: 'segment',
      customers: 'cwsmeriaid',
      shareCustomers: '% cwsm.',
      revenue: 'refeniw',
      shareRevenue: '% ref.',
      revenuePerCustomer: 'ref./cwsm.',
      aov: 'gwerth archeb',
      frequency: 'amlder',
      recency: 'diweddarwch',
      index: 'mynegai',
    },
  },
  demo: {
    created: 'Crëwyd y siop arddangos: {{project}}',
    sizes: '  {{customers}} o gwsmeriaid, {{orders}} o archebion ({{lines}} o linellau archeb)',
    csv: '  Ffeiliau CSV: {{customers}}, {{orders}}',
  },
  datasets: {
    none: 'Dim setiau data eto.',
    row: '{{kind}} {{file}}  {{rows}} o resi ({{rejected}} wedi’u gwrthod), {{at}}',
    nothingToUndo: 'Dim i’w ddadwneud.',
    canUndo: 'Gellir dadwneud (y diweddaraf gyntaf): {{list}}',
    undid: 'Dadwnaethpwyd mewnforio {{label}}: mae’r data fel yr oedd cyn hynny.',
    cleared: 'Cliriwyd yr hanes: ni ellir dadwneud {{count}} mewnforiad mwyach.',
  },
  more: {
    warning: 'Rhybudd: {{message}}',
    importedEvents: 'Mewnforiwyd {{file}} (digwyddiadau, cynllun {{layout}})',
    firstRow: ' (y cyntaf: rhes {{row}}',
    importedFiles: 'Mewnforiwyd {{count}} ffeil',
    setFile:
      '  {{file}} ({{kind}}): {{read}} wedi’u darllen, {{imported}} wedi’u mewnforio, {{rejected}} wedi’u gwrthod',
    links: 'Cysylltiadau',
    link: '  {{from}} -> {{to}}: {{matched}} yn cyfateb, {{unmatched}} heb gyfateb',
    revenue: 'refeniw',
    note: 'Nodyn: {{note}}',
    wrote: 'Ysgrifennwyd {{file}}',
    clusterSummary:
      'k = {{k}}, syrthni {{inertia}}, {{customers}} o gwsmeriaid wedi’u clystyru, {{excluded}} wedi’u gadael allan{{sample}}',
    clusterSample: ' (silwét ar sampl o {{size}} allan o {{of}})',
    clusterSaved: 'Cadwyd y clystyru fel "{{name}}": gall rheolau ddefnyddio cluster in ["{{value}}", ...].',
    clusterReplaced: 'Disodlwyd y clystyru a gadwyd "{{name}}": gall rheolau ddefnyddio cluster in ["{{value}}", ...].',
    calibration: 'Diwedd y calibradu {{end}}, uned {{unit}}, gorwel {{horizon}}',
  },
  columns: {
    cluster: 'clwstwr',
    name: 'enw',
    customers: 'cwsmeriaid',
    share: 'cyfran',
    revenue: 'refeniw',
    cohort: 'carfan',
    offset: 'gwrthbwyso',
    active: 'gweithredol',
    from: 'o',
    to: 'i',
  },
  parse: {
    unknownOption:
      "Dewis anhysbys '{{option}}'. I roi dadl sy’n dechrau â '-', rhowch hi ar ddiwedd y gorchymyn ar ôl '--', fel hyn: -- \"{{option}}\"",
    missingValue: 'Mae angen gwerth ar y dewis {{option}}',
    takesNoValue: 'Nid yw’r dewis {{option}} yn cymryd gwerth',
    unexpectedPositional: "Dadl annisgwyl '{{value}}': nid yw’r gorchymyn hwn yn cymryd dadleuon heb enw",
  },
  engine: {
    shortHistory: {
      two: 'Dim ond {{count}} ddiwrnod ({{from}} i {{to}}) y mae’r archebion yn ei rychwantu. Dros hanes mor fyr dydy diweddarwch ac amlder ddim yn dweud llawer: mae’r rhan fwyaf o gwsmeriaid wedi archebu unwaith, ac yn ddiweddar. Mae RFM yn dweud mwy o o leiaf {{minimum}} diwrnod o archebion, blwyddyn yn well.',
      other:
        'Dim ond {{count}} diwrnod ({{from}} i {{to}}) y mae’r archebion yn ei rychwantu. Dros hanes mor fyr dydy diweddarwch ac amlder ddim yn dweud llawer: mae’r rhan fwyaf o gwsmeriaid wedi archebu unwaith, ac yn ddiweddar. Mae RFM yn dweud mwy o o leiaf {{minimum}} diwrnod o archebion, blwyddyn yn well.',
    },
    and: ' a ',
    units: { day: 'diwrnod', week: 'wythnos' },
    clv: {
      few_repeat_customers:
        'Dim ond {{count}} o gwsmeriaid a brynodd eto cyn diwedd y graddnodi; gyda llai na {{minimum}} mae’r paramedrau’n ansicr. Dewiswch ddiwedd graddnodi hwyrach neu ragor o hanes, a darllenwch y cyfeiliornadau safonol.',
      no_convergence:
        'Ni setlodd ffit {{models}} ar un optimwm o’i fannau cychwyn; gall ei baramedrau a’i ragfynegiadau fod yn anghywir.',
      no_standard_errors:
        'Does gan baramedrau {{models}} ddim cyfeiliornadau safonol (mae’r tebygolrwydd yn wastad wrth yr optimwm): nid yw’r data’n eu pennu.',
      short_calibration:
        'Mae’r cyfnod graddnodi ({{length}} {{units}}) yn fyrrach na’r gorwel ({{horizon}} {{units}}): mae’r rhagfynegiadau’n edrych ymhellach ymlaen na’r hanes y tu ôl iddynt.',
      no_spend_model:
        'Does gan yr un cwsmer bryniant eto â gwariant positif, felly ni ellir rhagfynegi’r gwariant na’r gwerth oes (clv): maen nhw’n wag.',
      spend_excluded:
        'Gadawyd {{count}} o gwsmeriaid y mae eu dyddiau prynu eto’n dod i sero neu lai (dychweliadau) allan o’r model gwariant; cânt y gwariant cyfartalog.',
    },
    alreadyHas: 'Mae gan y prosiect hwn {{kind}} o {{file}} yn barod.',
    alreadyHasEvents: 'Mae gan y prosiect hwn ddigwyddiadau yn barod.',
    /** Engine sentences that come with a wording (shared/errorWording.ts): the import's refusals and warnings. */
    worded: {
      no_link_to_orders:
        'Ni chafwyd colofn yn {{name}} sy’n cyfeirio at archebion {{orders}}: cysylltwch nhw, e.e. --link "{{name}}.order_id={{orders}}.order_id".',
    },
  },
  usage: {
    oneOf: 'Rhaid i --{{name}} fod yn un o {{allowed}}, nid "{{value}}"',
    number: 'Rhaid i --{{name}} fod yn rhif, nid "{{value}}"',
    replaceOrAppend: 'rhowch --replace neu --append, nid y ddau',
    sheetName: 'mae --sheet yn cymryd enw dalen',
    giveFile: 'rhowch FFEIL i’w mewnforio',
    kindPerFile: 'gyda sawl ffeil, mae --kind yn cymryd FILE=KIND',
    appendOne: 'mae --append yn cymryd un ffeil ar y tro; daw sawl ffeil i mewn gyda --replace',
    appendEvents: 'nid yw --append yn derbyn digwyddiadau eto: rhowch --replace',
    mapRole: 'mae --map yn cymryd role=Header, nid "{{value}}"',
    emptySegmentName: 'mae enw gwag yn --segments (dau goma yn olynol?)',
    fieldsNeeded: 'mae angen o leiaf un maes ar --fields',
    saveAsName: 'mae angen enw ar --save-as',
    kRange: 'rhaid i --k-range edrych fel 2-8, nid "{{value}}"',
    fromBeforeTo: 'rhaid i --from ({{from}}) fod cyn --to ({{to}}): mae mudo’n symud ymlaen mewn amser',
    segmentsWithBy: 'mae --segments yn mynd gyda --by segments',
    schemeWithRfm: 'mae --scheme a --bins yn mynd gyda --by rfm',
    notSaved: 'nid yw "{{name}}" yn segment a gadwyd: rhestrwch segmentau a gadwyd yn unig',
    kindOfFile: 'mae --kind yn cymryd FILE=KIND gyda KIND yn un o {{allowed}}, nid "{{value}}"',
    linkSides: 'mae --link yn cymryd "FILE.column=FILE.column", nid "{{value}}"',
    linkFile:
      '--link "{{value}}": nid yw "{{side}}" yn dechrau ag enw un o’r ffeiliau ({{files}}) ac enw colofn ar ei ôl',
    fileOrSource: 'rhowch FFEIL neu --from URL --table T, nid y ddau',
    sourceCountOnly: 'mae --source yn mynd gyda count yn unig',
    sourceOrProject: 'rhowch --source neu --project, nid y ddau',
    ruleOrName: 'rhowch naill ai --rule FILE.json neu --name NAME',
    dialectWithSql: 'mae --dialect yn mynd gyda --sql',
    dialectRequired: 'Mae angen --dialect: postgres, duckdb neu sqlite',
    dialect: 'Rhaid i --dialect fod yn postgres, duckdb neu sqlite, nid "{{value}}"',
    warehouseDialect: 'Rhaid i --dialect fod yn postgres neu duckdb, nid "{{value}}"',
    asOfDate: 'Rhaid i --as-of fod yn ddyddiad ar ffurf YYYY-MM-DD, nid "{{value}}"',
    asOfNeedsDate: 'mae angen dyddiad ar ffurf YYYY-MM-DD ar --as-of',
    layout: 'Rhaid i --layout fod yn un o {{allowed}}; nid "{{value}}"',
    exportFormat: 'Rhaid i --format fod yn csv neu xlsx; nid "{{value}}"',
    personal: 'Rhaid i --personal fod yn keep, mask neu omit; nid "{{value}}"',
    by: 'Rhaid i --by fod yn rfm neu segments, nid "{{value}}"',
    period: 'Rhaid i --period fod yn month, week neu quarter, nid "{{value}}"',
    reportFormat: 'Rhaid i --format fod yn html neu pdf, nid "{{value}}"',
    clv: 'Rhaid i --{{name}} fod yn {{rule}}, nid "{{value}}"',
    clvRules: {
      'calibration-end': 'ddyddiad ar ffurf YYYY-MM-DD',
      unit: 'day neu week',
      horizon: 'rhif cyfan o 1 i 5200',
      margin: 'gyfran o 0 i 1',
      'discount-rate': 'gyfradd fisol o 0 i 1',
      valid: 'ddilys',
    },
  },
} as const satisfies CliWords<typeof en>;
