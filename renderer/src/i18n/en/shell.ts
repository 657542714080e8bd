/** English strings of the app shell, start page and errors. */
export const shell = {
  app: {
    name: 'Segment Workbench',
    starting: 'Starting…',
  },
  common: {
    cancel: 'Cancel',
    close: 'Close',
    retry: 'Try again',
  },
  tables: {
    xlsx: 'Export Excel workbook',
    rfmXlsx: 'Export the summary as a workbook',
  },
  personalData: {
    label: 'Email, phone and names',
    keep: 'Keep',
    mask: 'Mask (a…@example.com, +44 … 18, S…)',
    omit: 'Leave out',
  },
  names: {
    count: '{{count}} / {{max}} characters',
    over: '{{count}} / {{max}} characters: too long',
  },
  nav: {
    label: 'Views',
    data: 'Data',
    segments: 'Segments',
    rfm: 'RFM',
    compare: 'Compare',
    pareto: 'Pareto',
    changes: 'Changes',
    report: 'Report',
    discover: 'Discover',
    predict: 'Predict',
  },
  language: {
    label: 'Language',
    calendar: 'Calendar',
    calendars: {
      persian: 'Solar Hijri',
      gregory: 'Gregorian',
    },
  },
  charts: {
    png: 'PNG',
    svg: 'SVG',
  },
  topbar: {
    import: 'Import a file…',
    close: 'Close project',
    asOf: 'Metrics as of',
    asOfReset: 'Reset to default',
    asOfDerived: 'the day after the last order',
  },
  errors: {
    dismiss: 'Dismiss this message',
    unreachable:
      'The engine cannot be reached. If you started the app with "npm run web", check that it is still running.',
    unauthorised: 'This page was opened without its access token. Open the link that "npm run web" printed.',
    file: 'File: {{file}}',
    line: 'line {{line}}',
    column: 'column {{column}}',
    value: 'value "{{value}}"',
  },
  drop: {
    hint: 'Drop a CSV file to import it',
    notCsv:
      '{{name}} is not a file the workbench reads: CSV, TSV, TXT or an Excel workbook (.xlsx). Save it as one of those and try again.',
  },
  start: {
    title: 'Segment your customers, offline',
    lead: 'Import an order or customer export (CSV). Everything stays in one project file on this computer.',
    import: {
      title: 'Import a file',
      text: 'A new project named after the file is created.',
    },
    demo: {
      title: 'Open the demo shop',
      busy: 'Creating the demo shop…',
      text: 'A sample shop with customers and orders, to try things out.',
    },
    new: {
      title: 'New project…',
      text: 'An empty project; import files into it later.',
    },
    open: {
      title: 'Open project…',
      text: 'A .segwb project file you saved before.',
    },
    dropHint: 'Or drop a CSV file anywhere on this window.',
    recent: {
      title: 'Recent projects',
      empty: 'No projects yet.',
      opened: 'Opened {{when}}',
      missing: 'File not found',
    },
    newProject: {
      title: 'New project',
      name: 'Project name',
      tooLong:
        'The name has {{count}} characters; a project name can have at most {{max}}. Shorten it to create the project.',
      where: 'It is saved in {{folder}}.',
      create: 'Create',
    },
    openProject: {
      title: 'Open a project',
      choose: 'Choose a .segwb file…',
      path: 'Path of the project file',
      placeholder: '/home/me/Segment Workbench/acme.segwb',
      browserHint: 'A browser cannot see the paths of your files, so type or paste the full path of the .segwb file.',
      open: 'Open',
    },
  },
} as const;
