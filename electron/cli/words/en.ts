/** The CLI's human output in English (the `--json` outputs are a machine contract and never translated). */
export const en = {
  help: `Segment Workbench {{version}} — customer segmentation on your own machine.

Usage: segwb <command> [options]

Commands:
  import FILE --project P.segwb   import a CSV/TSV of orders or customers
  import --from URL --table T --project P
                                  import a table of a PostgreSQL or DuckDB database
  datasets [undo|clear-history] --project P [--json]
                                  the datasets, and undo of the latest import
  metrics --project P --json      recency, frequency and monetary value per customer
  pareto --project P [--segment NAME] [--by FIELD] --json
                                  the 80/20 figures of customer revenue (within a segment,
                                  or per value of a field such as country or product)
  compare --project P --segments A,B,... --json
                                  size and value of segments side by side
  demo --project P                create the demo shop project (seeded, synthetic)
  rfm --project P [--bins 5] [--scheme rfm-classic|rf-grid] [--as-of D] --json
                                  RFM scores and segments (default scheme rfm-classic)
  rfm --project P --sql --dialect postgres|duckdb|sqlite [--bins 5] [--scheme S] [--as-of D]
                                  the same scores as one SELECT over the warehouse tables
  cluster --project P --fields F1,F2,... [--k N | --k-range A-B] [--seed S] [--log] --json
                                  k-means clusters of the customers on number fields
  clv --project P [--calibration-end D] [--unit day|week] [--horizon N] [--margin M]
      [--discount-rate R] --json
                                  predicted purchases, spend and lifetime value per customer
  migrate --project P --from D1 --to D2 --by rfm [--scheme S] [--bins N] --json
  migrate --project P --from D1 --to D2 --by segments --segments A,B,... --json
                                  who moved from which segment to which between two dates
  cohorts --project P --period month|week|quarter --json
                                  acquisition cohorts: active customers and revenue per period
  report --project P --out FILE [--lang en|fa|ar|cy] [--segments A,B,...] [--format html|pdf]
                                  the project as one report to hand over (HTML or PDF)
  segment count --project P --rule FILE.json --json
                                  customers and revenue of a rule, with their shares
  segment save --project P --name NAME --rule FILE.json
                                  save a segment (or update the one of that name)
  segment list --project P --json
                                  the saved segments with their current counts
  segment export --project P --name NAME --out F.csv [--layout mailchimp] [--bom]
                                  a segment's customers as CSV
  segment count --source URL --rule FILE.json --json
                                  the same count, run on a database holding the warehouse tables
  segment sql --project P (--rule FILE.json | --name NAME) --dialect postgres|duckdb|sqlite
      [--as-of D]                 the segment as one SELECT over the warehouse tables
  warehouse export --project P --out DIR [--dialect postgres|duckdb]
                                  the project as schema.sql and CSV files for a warehouse

Every command takes --lang en|fa|ar|cy for its messages (default: LC_ALL, LC_MESSAGES or LANG).
Run "segwb <command> --help" for a command's options. Nothing leaves your machine.`,
  common: {
    unknownCommand: 'segwb: unknown command "{{name}}". Run "segwb --help" for the list.',
    badLanguage: '--lang must be en, fa, ar or cy, not "{{value}}"',
    required: '--{{name}} is required',
    wholeNumber: '--{{name}} must be a whole number, not "{{value}}"',
    needsValue: '--{{name}} needs a value',
    unexpected: 'unexpected argument "{{value}}"',
    unknownAction: 'unknown action "{{value}}"',
    atLine: ' (line {{line}})',
    atLineColumn: ' (line {{line}}, column {{column}})',
    needsAnswer:
      '{{message}} Give --replace to replace them or --append to merge this file into them; nothing was changed.',
  },
  kinds: {
    customers: 'customers',
    orders: 'orders',
    order_lines: 'order_lines',
    products: 'products',
    payments: 'payments',
    reviews: 'reviews',
    events: 'events',
    lookup: 'lookup',
  },
  import: {
    imported: 'Imported {{file}} ({{kind}})',
    rowsRead: 'rows read',
    rowsImported: 'rows imported',
    rowsRejected: 'rows rejected',
    customers: 'customers',
    orders: 'orders',
    firstLine: ' (first: line {{line}}',
    column: ', column {{column}}',
    value: ', "{{value}}"',
    close: ')',
    fromTable: '{{database}} table {{table}}',
    reasons: {
      wrong_field_count: 'wrong_field_count',
      bad_number: 'bad_number',
      number_too_large: 'number_too_large',
      bad_date: 'bad_date',
      missing_customer_id: 'missing_customer_id',
      missing_date: 'missing_date',
      duplicate_customer_id: 'duplicate_customer_id',
      missing_order_id: 'missing_order_id',
      missing_key: 'missing_key',
      duplicate_key: 'duplicate_key',
      order_not_found: 'order_not_found',
      missing_event_type: 'missing_event_type',
    },
  },
  segment: {
    counts: '{{customers}} customers ({{shareCustomers}} of all), revenue {{revenue}} ({{shareRevenue}} of all)',
    saved: 'Saved segment "{{name}}" (id {{id}}): {{counts}}',
    updated: 'Updated segment "{{name}}" (id {{id}}): {{counts}}',
    none: 'No saved segments.',
    countedOn: '{{counts}}; counted on the database {{database}} in {{ms}} ms',
    sayAction: 'say count, save, list, export or sql',
    notFound: 'There is no segment named "{{name}}" in this project.',
    wrote: {
      one: 'Wrote {{rows}} customer of "{{name}}" to {{file}}.',
      other: 'Wrote {{rows}} customers of "{{name}}" to {{file}}.',
    },
    leftOutEmail: {
      one: ' {{count}} without an email address was left out.',
      other: ' {{count}} without an email address were left out.',
    },
    leftOutEmailOrPhone: {
      one: ' {{count}} without an email address or phone number was left out.',
      other: ' {{count}} without an email address or phone number were left out.',
    },
  },
  rfm: {
    warning: 'Warning: {{message}}',
    breaks: 'Breaks: recency {{recency}} days; frequency {{frequency}}; monetary {{monetary}}',
    noCustomers: '(no customers)',
    columns: { segment: 'segment', customers: 'customers', revenue: 'revenue' },
    bins: '--bins must be 3, 4 or 5, not "{{value}}"',
    scheme: '--scheme must be rfm-classic or rf-grid, not "{{value}}"',
  },
  warehouse: {
    sayAction: 'say export',
    wrote: 'Wrote schema.sql ({{dialect}}) and {{count}} CSV files to {{out}}: {{tables}}.',
    table: { one: '{{table}} ({{rows}} row)', other: '{{table}} ({{rows}} rows)' },
  },
  pareto: {
    bring80: '{{share}} of {{unit}} bring 80% of revenue ({{k80}} of {{customers}}).',
    top20: 'Top 20% of {{unit}}: {{share}} of revenue {{revenue}}. Gini {{gini}}.',
    customers: 'customers',
    valuesOf: 'values of {{label}}',
  },
  compare: {
    columns: {
      segment: 'segment',
      customers: 'customers',
      shareCustomers: '% cust.',
      revenue: 'revenue',
      shareRevenue: '% rev.',
      revenuePerCustomer: 'rev./cust.',
      aov: 'AOV',
      frequency: 'freq.',
      recency: 'recency',
      index: 'index',
    },
  },
  demo: {
    created: 'Created the demo shop: {{project}}',
    sizes: '  {{customers}} customers, {{orders}} orders ({{lines}} order lines)',
    csv: '  CSV files: {{customers}}, {{orders}}',
  },
  datasets: {
    none: 'No datasets yet.',
    row: '{{kind}} {{file}}  {{rows}} rows ({{rejected}} rejected), {{at}}',
    nothingToUndo: 'Nothing to undo.',
    canUndo: 'Can be undone (latest first): {{list}}',
    undid: 'Undid the import of {{label}}: the data is as it was before it.',
    cleared: 'Cleared the history: {{count}} import(s) can no longer be undone.',
  },
  more: {
    warning: 'Warning: {{message}}',
    importedEvents: 'Imported {{file}} (events, {{layout}} layout)',
    firstRow: ' (first: row {{row}}',
    importedFiles: 'Imported {{count}} files',
    setFile: '  {{file}} ({{kind}}): {{read}} read, {{imported}} imported, {{rejected}} rejected',
    links: 'Links',
    link: '  {{from}} -> {{to}}: {{matched}} matched, {{unmatched}} not matched',
    revenue: 'revenue',
    note: 'Note: {{note}}',
    wrote: 'Wrote {{file}}',
    clusterSummary:
      'k = {{k}}, inertia {{inertia}}, {{customers}} customers clustered, {{excluded}} left out{{sample}}',
    clusterSample: ' (silhouette on a sample of {{size}} of {{of}})',
    clusterSaved: 'Saved the clustering as "{{name}}": rules can use cluster in ["{{value}}", ...].',
    clusterReplaced: 'Replaced the saved clustering "{{name}}": rules can use cluster in ["{{value}}", ...].',
    calibration: 'Calibration end {{end}}, unit {{unit}}, horizon {{horizon}}',
  },
  columns: {
    cluster: 'cluster',
    name: 'name',
    customers: 'customers',
    share: 'share',
    revenue: 'revenue',
    cohort: 'cohort',
    offset: 'offset',
    active: 'active',
    from: 'from',
    to: 'to',
  },
  /** node:util parseArgs' errors; English prints Node's own sentence (parseError.ts), as these say. */
  parse: {
    unknownOption:
      "Unknown option '{{option}}'. To specify a positional argument starting with a '-', place it at the end of the command after '--', as in '-- \"{{option}}\"",
    missingValue: "Option '{{option}} <value>' argument missing",
    takesNoValue: "Option '{{option}}' does not take an argument",
    unexpectedPositional: "Unexpected argument '{{value}}'. This command does not take positional arguments",
  },
  /** The engine's warnings and questions, word for word as the engine's English messages. */
  engine: {
    shortHistory: {
      one: 'The orders span only {{count}} day ({{from}} to {{to}}). Over so short a history recency and frequency say little: most customers ordered once, and recently. RFM tells more from at least {{minimum}} days of orders, better a year.',
      other:
        'The orders span only {{count}} days ({{from}} to {{to}}). Over so short a history recency and frequency say little: most customers ordered once, and recently. RFM tells more from at least {{minimum}} days of orders, better a year.',
    },
    and: ' and ',
    units: { day: 'days', week: 'weeks' },
    clv: {
      few_repeat_customers:
        'Only {{count}} customers bought again before the calibration end; with fewer than {{minimum}} the fitted parameters are uncertain. Use a later calibration end or more history, and read the standard errors.',
      no_convergence:
        'The {{models}} fit did not converge to one optimum from its starts; its parameters and predictions may be off.',
      no_standard_errors:
        'The {{models}} parameters have no standard errors (the likelihood is flat at the optimum): the data do not pin them down.',
      short_calibration:
        'The calibration period ({{length}} {{units}}) is shorter than the horizon ({{horizon}} {{units}}): the predictions reach further ahead than the history behind them.',
      no_spend_model:
        'No customer has a repeat purchase with positive spend, so spend and clv cannot be predicted (they are empty).',
      spend_excluded:
        '{{count}} customers whose repeat purchase days net to zero or less (returns) were left out of the spend model; they get the average spend.',
    },
    alreadyHas: 'This project already has {{kind}} from {{file}}.',
    alreadyHasEvents: 'This project already has events.',
    /** Engine sentences that come with a wording (shared/errorWording.ts): the import's refusals and warnings. */
    worded: {
      no_link_to_orders:
        'No column of {{name}} was found to point to the orders of {{orders}}: link them, e.g. --link "{{name}}.order_id={{orders}}.order_id".',
    },
  },
  usage: {
    oneOf: '--{{name}} must be one of {{allowed}}, not "{{value}}"',
    number: '--{{name}} must be a number, not "{{value}}"',
    replaceOrAppend: 'give --replace or --append, not both',
    sheetName: '--sheet takes the name of a sheet',
    giveFile: 'give a FILE to import',
    kindPerFile: 'with several files, --kind takes FILE=KIND',
    appendOne: '--append takes one file at a time; several files go in with --replace',
    appendEvents: '--append does not take events yet: give --replace',
    mapRole: '--map takes role=Header, not "{{value}}"',
    emptySegmentName: '--segments has an empty name (two commas in a row?)',
    fieldsNeeded: '--fields needs at least one field',
    saveAsName: '--save-as needs a name',
    kRange: '--k-range must look like 2-8, not "{{value}}"',
    fromBeforeTo: '--from ({{from}}) must be before --to ({{to}}): a migration runs forward in time',
    segmentsWithBy: '--segments goes with --by segments',
    schemeWithRfm: '--scheme and --bins go with --by rfm',
    notSaved: '"{{name}}" is not a saved segment: list saved segments only',
    kindOfFile: '--kind takes FILE=KIND with KIND one of {{allowed}}, not "{{value}}"',
    linkSides: '--link takes "FILE.column=FILE.column", not "{{value}}"',
    linkFile: '--link "{{value}}": "{{side}}" does not start with one of the files ({{files}}) and a column',
    fileOrSource: 'give a FILE or --from URL --table T, not both',
    sourceCountOnly: '--source goes with count only',
    sourceOrProject: 'give --source or --project, not both',
    ruleOrName: 'give either --rule FILE.json or --name NAME',
    dialectWithSql: '--dialect goes with --sql',
    dialectRequired: '--dialect is required: postgres, duckdb or sqlite',
    dialect: '--dialect must be postgres, duckdb or sqlite, not "{{value}}"',
    warehouseDialect: '--dialect must be postgres or duckdb, not "{{value}}"',
    asOfDate: '--as-of must be a date as YYYY-MM-DD, not "{{value}}"',
    asOfNeedsDate: '--as-of needs a date YYYY-MM-DD',
    layout: '--layout must be {{allowed}}; not "{{value}}"',
    exportFormat: '--format must be csv or xlsx; not "{{value}}"',
    personal: '--personal must be keep, mask or omit; not "{{value}}"',
    by: '--by must be rfm or segments, not "{{value}}"',
    period: '--period must be month, week or quarter, not "{{value}}"',
    reportFormat: '--format must be html or pdf, not "{{value}}"',
    clv: '--{{name}} must be {{rule}}, not "{{value}}"',
    clvRules: {
      'calibration-end': 'a date as YYYY-MM-DD',
      unit: 'day or week',
      horizon: 'a whole number from 1 to 5200',
      margin: 'a share from 0 to 1',
      'discount-rate': 'a monthly rate from 0 to 1',
      valid: 'valid',
    },
  },
} as const;
