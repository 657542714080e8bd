/** Welsh sentences behind each quality criterion. */
import type { Localized, PluralForms } from '../catalog.js';
import type { qualityWhy as english } from '../en/qualityWhy.js';

export const qualityWhy = {
  qualityWhy: {
    people_zero: '{{n}} cwsmer',
    people_one: '{{n}} cwsmer',
    people_two: '{{n}} gwsmer',
    people_few: '{{n}} cwsmer',
    people_many: '{{n}} chwsmer',
    people_other: '{{n}} cwsmer',
    substantial: {
      empty: 'Does dim cwsmer yn y segment hwn.',
      tooSmallLowValue:
        'Dim ond {{people}} a {{share}} o’r refeniw (o leiaf {{minPeople}} a {{minShare}} o’r refeniw): yn rhy fach i haeddu ymgyrch ei hun.',
      tooSmall: 'Dim ond {{people}} (o leiaf {{minPeople}}): rhy ychydig i ymgyrch eu hunain.',
      lowValue: 'Yn dod â dim ond {{share}} o’r refeniw (o leiaf {{minShare}}): ychydig o werth i’w ennill.',
      ok: '{{people}} a {{share}} o’r refeniw: yn ddigon mawr i weithredu arno (o leiaf {{minPeople}} a {{minShare}} o’r refeniw).',
      other: 'Pa mor fawr a pha mor werthfawr yw’r segment.',
    },
    measurable: {
      empty: 'Dim aelodau, felly dim i’w fesur.',
      noFields:
        'Nid yw’r rheol yn defnyddio unrhyw faes cwsmer a allai fod yn wag (hanes archebion neu segmentau eraill yn unig).',
      missingValues:
        'Dim ond {{share}} o’r aelodau sydd â gwerth ym mhob maes y mae’r rheol yn ei ddefnyddio ({{fields}}; o leiaf {{min}}): mae’r segment yn dibynnu’n rhannol ar ddata coll.',
      ok: 'Mae gan {{share}} o’r aelodau werth ym mhob maes y mae’r rheol yn ei ddefnyddio ({{fields}}).',
      other: 'A oes gan yr aelodau’r gwerthoedd y mae’r rheol yn dibynnu arnynt.',
    },
    accessible: {
      noContactFields:
        'Dim meysydd cyswllt yn y prosiect hwn: mewnforiwch gwsmeriaid gyda cholofn e-bost neu ffôn i’w cyrraedd.',
      empty: 'Dim aelodau i’w cyrraedd.',
      unreachable:
        'Dim ond {{share}} o’r aelodau sydd ag e-bost neu ffôn (o leiaf {{min}}): ni ellir cysylltu’n uniongyrchol â llawer ohonynt.',
      ok: 'Gellir cyrraedd {{share}} o’r aelodau drwy e-bost neu ffôn.',
      other: 'A ellir cysylltu â’r aelodau.',
    },
    distinct: {
      empty: 'Dim aelodau, felly ni ellir ei wahaniaethu oddi wrth segmentau eraill.',
      noOther: 'Nid oes segment arall wedi’i gadw i’w gymharu ag ef.',
      alone: 'Nid yw’n rhannu unrhyw gwsmer ag unrhyw segment arall wedi’i gadw.',
      overlaps:
        'Mae {{share}} o gwsmeriaid y lleiaf o’r ddau hefyd yn “{{name}}” (terfyn {{max}}): mae’n anodd gwahaniaethu rhwng y segmentau.',
      ok: 'Mae ei orgyffwrdd mwyaf â “{{name}}”: {{share}} o gwsmeriaid y segment lleiaf, felly mae’n sefyll ar wahân.',
      other: 'A yw’r segment yn sefyll ar wahân i’r segmentau eraill sydd wedi’u cadw.',
    },
  },
} as const satisfies Localized<typeof english, PluralForms['cy']>;
