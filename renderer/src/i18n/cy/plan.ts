/** Welsh strings of a segment's structured strategy. */
import type { Localized, PluralForms } from '../catalog.js';
import type { plan as english } from '../en/plan.js';

export const plan = {
  plan: {
    title: 'Cynllun strategaeth',
    hint: "Beth rydych chi eisiau o'r segment hwn a sut y byddwch yn ei gyflawni. Fe'i dangosir yn y gymhariaeth ac yn yr adroddiad.",
    field: {
      goal: 'Nod',
      message: 'Neges',
      offer: 'Cynnig',
      channel: 'Sianel',
      kpi: 'DPA',
      kpi_target: 'Targed y DPA',
      owner: 'Perchennog',
      due_date: 'Dyddiad cau',
    },
    placeholder: {
      goal: 'e.e. eu hennill yn ôl cyn sêl yr haf',
      message: "Beth fyddwch chi'n ei ddweud wrthyn nhw, mewn brawddeg",
      offer: 'e.e. danfon am ddim ar yr archeb nesaf',
      channel: 'e.e. E-bost',
      kpi: 'e.e. cyfradd prynu eto (%)',
      owner: 'Pwy sy’n gyfrifol',
    },
    channel: {
      email: 'E-bost',
      sms: 'Neges destun',
      ads: 'Hysbysebion ar-lein',
      social: 'Cyfryngau cymdeithasol',
      direct_mail: 'Post uniongyrchol',
      in_store: 'Yn y siop',
      phone: 'Ffôn',
      app: 'Hysbysiad ap',
    },
    none: 'Dim cynllun eto',
    row: 'Strategaeth',
    kpiWithTarget: '{{kpi}}: targed {{target}}',
  },
} as const satisfies Localized<typeof english, PluralForms['cy']>;
