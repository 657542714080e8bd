/** Welsh strings of the app shell, start page and errors. */
import type { Localized, PluralForms } from '../catalog.js';
import type { shell as english } from '../en/shell.js';

export const shell = {
  app: {
    name: 'Mainc Waith Segmentu',
    starting: 'Wrthi’n cychwyn…',
  },
  common: {
    cancel: 'Canslo',
    close: 'Cau',
    retry: 'Rhowch gynnig arall arni',
  },
  tables: {
    xlsx: 'Allforio llyfr gwaith Excel',
    rfmXlsx: 'Allforio’r crynodeb fel llyfr gwaith',
  },
  personalData: {
    label: 'E-bost, ffôn ac enwau',
    keep: 'Cadw',
    mask: 'Cuddio (a…@example.com, +44 … 18, S…)',
    omit: 'Gadael allan',
  },
  names: {
    count: '{{count}} / {{max}} nod',
    over: '{{count}} / {{max}} nod: rhy hir',
  },
  nav: {
    label: 'Golygon',
    data: 'Data',
    segments: 'Segmentau',
    rfm: 'RFM',
    compare: 'Cymharu',
    pareto: 'Pareto',
    changes: 'Newidiadau',
    report: 'Adroddiad',
    discover: 'Darganfod',
    predict: 'Rhagweld',
  },
  language: {
    label: 'Iaith',
    calendar: 'Calendr',
    calendars: {
      persian: 'Hijri Solar',
      gregory: 'Gregoraidd',
    },
  },
  charts: {
    png: 'PNG',
    svg: 'SVG',
  },
  topbar: {
    import: 'Mewnforio ffeil…',
    close: 'Cau’r prosiect',
    asOf: 'Mesurau ar',
    asOfReset: 'Ailosod i’r rhagosodiad',
    asOfDerived: 'y diwrnod ar ôl yr archeb olaf',
  },
  errors: {
    dismiss: 'Diystyru’r neges hon',
    unreachable:
      'Does dim modd cyrraedd yr injan. Os wnaethoch chi gychwyn yr ap gyda "npm run web", gwiriwch ei fod yn dal i redeg.',
    unauthorised: 'Agorwyd y dudalen hon heb ei thocyn mynediad. Agorwch y ddolen a argraffodd "npm run web".',
    file: 'Ffeil: {{file}}',
    line: 'llinell {{line}}',
    column: 'colofn {{column}}',
    value: 'gwerth "{{value}}"',
  },
  drop: {
    hint: 'Gollyngwch ffeil CSV i’w mewnforio',
    notCsv:
      'Nid yw {{name}} yn ffeil y mae’r fainc waith yn ei darllen: CSV, TSV, TXT neu lyfr gwaith Excel (.xlsx). Cadwch hi yn un o’r rheini a rhowch gynnig arall arni.',
  },
  start: {
    title: 'Segmentu cwsmeriaid, all-lein',
    lead: 'Mewnforiwch allforiad archebion neu gwsmeriaid (CSV). Mae popeth yn aros mewn un ffeil prosiect ar y cyfrifiadur hwn.',
    import: {
      title: 'Mewnforio ffeil',
      text: 'Caiff prosiect newydd ei greu gydag enw’r ffeil.',
    },
    demo: {
      title: 'Agor y siop arddangos',
      busy: 'Wrthi’n creu’r siop arddangos…',
      text: 'Siop sampl gyda chwsmeriaid ac archebion, i roi cynnig ar bethau.',
    },
    new: {
      title: 'Prosiect newydd…',
      text: 'Prosiect gwag; mewnforiwch ffeiliau iddo yn nes ymlaen.',
    },
    open: {
      title: 'Agor prosiect…',
      text: 'Ffeil prosiect .segwb a gadwoch o’r blaen.',
    },
    dropHint: 'Neu gollyngwch ffeil CSV unrhyw le ar y ffenestr hon.',
    recent: {
      title: 'Prosiectau diweddar',
      empty: 'Dim prosiectau eto.',
      opened: 'Agorwyd {{when}}',
      missing: 'Heb ddod o hyd i’r ffeil',
    },
    newProject: {
      title: 'Prosiect newydd',
      name: 'Enw’r prosiect',
      tooLong:
        'Mae gan yr enw {{count}} nod; gall enw prosiect gael {{max}} ar y mwyaf. Byrhewch ef i greu’r prosiect.',
      where: 'Caiff ei gadw yn {{folder}}.',
      create: 'Creu',
    },
    openProject: {
      title: 'Agor prosiect',
      choose: 'Dewis ffeil .segwb…',
      path: 'Llwybr ffeil y prosiect',
      placeholder: '/home/me/Segment Workbench/acme.segwb',
      browserHint:
        'Dydy porwr ddim yn gallu gweld llwybrau eich ffeiliau, felly teipiwch neu ludo llwybr llawn y ffeil .segwb.',
      open: 'Agor',
    },
  },
} as const satisfies Localized<typeof english, PluralForms['cy']>;
