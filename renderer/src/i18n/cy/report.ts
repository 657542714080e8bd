/** Welsh strings of the report. */
import type { Localized, PluralForms } from '../catalog.js';
import type { report as english } from '../en/report.js';

export const report = {
  report: {
    title: 'Adroddiad segmentu cwsmeriaid',
    project: 'Prosiect: {{name}}',
    made: 'Paratowyd ar {{date}} gyda Mainc Waith Segmentu. Ffigurau hyd at {{asOf}}.',
    madeNoOrders: 'Paratowyd ar {{date}} gyda Mainc Waith Segmentu.',
    contents: 'Cynnwys',
    summary: {
      title: 'Y data',
      customers: 'Cwsmeriaid',
      orders: 'Archebion',
      orderLines: 'Llinellau archeb',
      revenue: 'Refeniw (ar ôl dychweliadau)',
      files: 'Ffeiliau a fewnforiwyd',
      file: '{{name}}: {{rows}} rhes wedi’u mewnforio, {{rejected}} wedi’u gwrthod',
    },
    pareto: { title: 'Pwy sy’n dod â’r refeniw (80/20)' },
    rfm: { title: 'Segmentau RFM', lead: 'Cynllun: {{scheme}}, {{bins}} sgôr i bob dimensiwn.' },
    segments: {
      title: 'Segmentau wedi’u cadw',
      none: 'Nid oes gan y prosiect segment wedi’i gadw eto.',
      rule: 'Rheol',
      scorecard: 'Cerdyn sgorio',
      noPlan: 'Dim cynllun strategaeth eto.',
    },
    compare: { title: 'Cymharu’r segmentau' },
    overlap: {
      title: 'Gorgyffwrdd',
      lead: 'Cwsmeriaid sydd yn y ddau segment ym mhob pâr (y groeslin: maint y segment ei hun).',
    },
    migration: {
      title: 'Symud rhwng segmentau RFM',
      lead: 'Ble roedd cwsmeriaid pob segment RFM ar {{from}} erbyn {{to}}.',
      from: 'Ar {{date}}',
      to: 'Ar {{date}}',
      new: 'Ddim yn gwsmeriaid eto',
      cell: '{{customers}} cwsmer, refeniw {{revenue}}',
    },
    save: {
      title: 'Adroddiad',
      lead: 'Y prosiect cyfan mewn un ddogfen i’w throsglwyddo: y data, 80/20, RFM, pob segment wedi’i gadw gyda’i reol mewn geiriau, ei gerdyn sgorio a’i gynllun, y gymhariaeth, y gorgyffwrdd a’r symud rhwng segmentau.',
      html: 'Cadw fel HTML',
      pdf: 'Cadw fel PDF',
      printing: 'Yn creu’r PDF…',
      print: 'Argraffu…',
      making: 'Yn paratoi’r adroddiad…',
      segments: 'Segmentau yn yr adroddiad',
      allSegments: 'Pob segment wedi’i gadw',
      preview: 'Rhagolwg o’r adroddiad',
      saved: 'Wedi cadw {{file}}',
    },
  },
} as const satisfies Localized<typeof english, PluralForms['cy']>;
