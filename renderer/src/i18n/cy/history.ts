/** Welsh strings of history: snapshots, a segment's size over time and rule versions, staleness, a customer's timeline. */
import type { Localized, PluralForms } from '../catalog.js';
import type { history as english } from '../en/history.js';

export const history = {
  history: {
    diff: {
      added: 'Ychwanegwyd: {{clause}}',
      removed: 'Tynnwyd: {{clause}}',
      changed: 'Newidiwyd o “{{from}}” i “{{to}}”',
      joiner: {
        and: 'Bellach rhaid i gwsmeriaid fodloni pob amod, nid un yn unig',
        or: 'Bellach dim ond un o’r amodau sy’n rhaid i gwsmeriaid ei fodloni, nid pob un',
      },
      same: 'Yr un rheol â’r fersiwn flaenorol',
      first: 'Y fersiwn gyntaf a gadwyd',
    },
    panel: {
      title: 'Hanes',
      takeSnapshot: 'Tynnu ciplun',
      taking: 'Yn tynnu ciplun…',
      taken: 'Tynnwyd ciplun ar gyfer {{date}}.',
      sizeTitle: 'Maint y segment dros amser',
      sizeLabel: 'Siart linell o’r cwsmeriaid yn y segment hwn ym mhob ciplun',
      sizeAxis: 'Cwsmeriaid',
      noSnapshots: 'Does dim ciplun yn cynnwys y segment hwn eto. Tynnwch un i ddechrau hanes ei faint.',
      versionsTitle: 'Fersiynau’r rheol',
      version: 'Fersiwn {{n}}',
      savedAt: 'cadwyd {{when}}',
      current: 'Cyfredol',
      restore: 'Adfer y fersiwn hon',
      restoreNeedsSave: 'Cadwch neu gwaredwch eich newidiadau yn gyntaf',
      staleDays: 'Rhybuddio ar ôl (diwrnodau)',
    },
    stale: {
      title: 'Gallai’r niferoedd hyn fod wedi dyddio',
      replaced:
        'Cafodd y segment hwn ei werthuso ddiwethaf {{how}} ar {{evaluated}}; mae mewnforio ar {{replaced}} wedi disodli’r data ers hynny.',
      old: 'Cafodd y segment hwn ei werthuso ddiwethaf {{how}} ar {{evaluated}}, {{days}} diwrnod yn ôl: mwy na’r {{limit}} diwrnod a osodwyd ar gyfer y prosiect hwn.',
      how: {
        saved: 'pan gafodd ei gadw',
        snapshot: 'mewn ciplun',
      },
      refresh: 'Tynnu ciplun nawr',
    },
    timeline: {
      title: 'Dros amser',
      label: 'Segmentau’r cwsmer ym mhob ciplun',
      empty: 'Does dim ciplun yn cynnwys y cwsmer hwn eto.',
      notInProject: 'Nid oedd yn y prosiect bryd hynny',
      noSegments: 'Dim mewn segment wedi’i gadw',
      unscored: 'Dim segment RFM (dim pryniant eto)',
      reason: {
        import: 'wrth fewnforio',
        manual: 'â llaw',
      },
      columns: {
        date: 'Dyddiad',
        segments: 'Segmentau',
        rfm: 'Segment RFM',
      },
    },
  },
} as const satisfies Localized<typeof english, PluralForms['cy']>;
