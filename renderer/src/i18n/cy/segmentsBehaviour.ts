/** Behavioural conditions of the builder: orders, seasons, events and segment membership (cy). */
import type { Localized, PluralForms } from '../catalog.js';
import type { segmentsBehaviour as english } from '../en/segmentsBehaviour.js';

export const segmentsBehaviour = {
  orders: {
    measure: 'Beth i’w fesur',
    count: 'nifer yr archebion',
    sum_amount: 'swm a wariwyd',
    op: 'Cymhariaeth',
    opWords: {
      '>=': 'o leiaf',
      '>': 'mwy na',
      '=': 'yn union',
      '<': 'llai na',
      '<=': 'ar y mwyaf',
    },
    value: 'Rhif',
    window: 'Pryd',
    ever: 'erioed',
    lastDays: 'yn ystod y diwethaf',
    days: 'Diwrnodau',
    filter: 'Cyfrif dim ond archebion lle…',
  },
  season: {
    months: 'Misoedd',
    weekdays: 'Dyddiau’r wythnos',
    fromHour: 'O’r awr',
    toHour: 'Hyd at yr awr',
    and: 'a',
  },
  eventsRow: {
    emptyWhere: 'Mae pob digwyddiad yn cyfrif.',
    measure: 'Beth i’w fesur',
    count: 'nifer y digwyddiadau',
    sessions: 'nifer y sesiynau',
    distinct_days: 'nifer y dyddiau â digwyddiadau',
    filter: 'Cyfrif dim ond digwyddiadau lle…',
  },
  eventFields: {
    event_type: 'Math o ddigwyddiad',
    event_name: 'Enw’r digwyddiad (fel yn y ffeil)',
    event_time: 'Amser y digwyddiad',
    session: 'Sesiwn',
    product: 'Cynnyrch',
    category: 'Categori',
    price: 'Pris',
    device: 'Dyfais',
    source: 'Ffynhonnell traffig',
    medium: 'Cyfrwng',
    page: 'Tudalen',
  },
  inSegment: {
    label: 'Segment',
    choose: 'Dewis segment…',
  },
} as const satisfies Localized<typeof english, PluralForms['cy']>;
