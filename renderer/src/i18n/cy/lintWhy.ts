/** Welsh sentences of the segment linter's warnings. */
import type { Localized, PluralForms } from '../catalog.js';
import type { lintWhy as english } from '../en/lintWhy.js';

const SMALL_TAIL =
  '(llai na {{min}}). Mae segmentau heb fawr ddim data yn rhoi canlyniadau annibynadwy: ehangwch y rheol neu ei huno â segment arall.';

export const lintWhy = {
  lintWhy: {
    inOrders: 'Yn amod yr archebion: {{sentence}}',
    empty: {
      empty: 'Nid oes unrhyw gwsmer yn cyfateb i’r segment hwn. Llaciwch amod neu gwiriwch y gwerthoedd a ddewiswyd.',
    },
    too_small: {
      tooSmall_zero: `Dim ond {{customers}} cwsmer sy’n cyfateb ${SMALL_TAIL}`,
      tooSmall_one: `Dim ond {{customers}} cwsmer sy’n cyfateb ${SMALL_TAIL}`,
      tooSmall_two: `Dim ond {{customers}} gwsmer sy’n cyfateb ${SMALL_TAIL}`,
      tooSmall_few: `Dim ond {{customers}} cwsmer sy’n cyfateb ${SMALL_TAIL}`,
      tooSmall_many: `Dim ond {{customers}} chwsmer sy’n cyfateb ${SMALL_TAIL}`,
      tooSmall_other: `Dim ond {{customers}} cwsmer sy’n cyfateb ${SMALL_TAIL}`,
    },
    never_matches: {
      emptyAnyOf:
        'Nid oes amodau yn y grŵp “unrhyw un o” hwn, felly nid yw’n cyfateb i neb. Ychwanegwch un neu dilëwch y grŵp.',
      notEmptyAllOf: 'Nid yw NID grŵp “pob un o” gwag yn cyfateb i neb (mae’r grŵp yn cyfateb i bawb).',
      emptyList: 'Mae {{field}} yn un o restr wag, nad yw’n cyfateb i neb. Dewiswch o leiaf un gwerth.',
      reversedBetween:
        'Nid yw’r amod ar {{field}} yn cyfateb i neb: mae’r gwerth cyntaf yn uwch na’r ail. Cyfnewidiwch nhw.',
      neverTrue: 'Ni all yr amod ar {{field}} fyth fod yn wir, felly nid yw’n cyfateb i neb.',
      ordersCount:
        'Mae nifer o archebion {{op}} {{value}} yn amhosibl (cyfrifir archebion 0, 1, 2…), felly nid yw’r amod hwn yn cyfateb i neb.',
      conflict:
        'Ni all unrhyw gwsmer gyfateb i’r amodau hyn ar {{field}} ar yr un pryd, felly nid yw’r grŵp hwn yn cyfateb i neb.',
    },
    no_times: {
      orderTimes:
        'Mae pob amser archeb yn “{{field}}” yn hanner nos: mae gan y data ddyddiadau ond dim amserau, felly ni all “rhwng oriau” wahaniaethu rhwng yr oriau. Defnyddiwch ddiwrnod yr wythnos neu’r mis yn lle hynny, neu mewnforiwch ffeil ag amserau.',
      eventTimes:
        'Mae pob amser digwyddiad yn “{{field}}” yn hanner nos: mae gan y data ddyddiadau ond dim amserau, felly ni all “rhwng oriau” wahaniaethu rhwng yr oriau. Defnyddiwch ddiwrnod yr wythnos neu’r mis yn lle hynny, neu mewnforiwch ffeil ag amserau.',
    },
    identical: {
      identical:
        'Mae gan y segment hwn yn union yr un cwsmeriaid â {{names}}. Mae dau enw ar un grŵp o gwsmeriaid yn ddryslyd: cadwch un.',
    },
    overlap: {
      overlap:
        'Mae {{share}} o’r lleiaf o’r segment hwn a “{{name}}” yn y ddau ({{shared}} o {{smaller}} cwsmer). Mae segmentau sy’n gorgyffwrdd yn cael yr un ymgyrch ddwywaith: unwch nhw neu eithriwch un o’r llall.',
    },
  },
} as const satisfies Localized<typeof english, PluralForms['cy']>;
