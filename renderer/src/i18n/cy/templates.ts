/** Welsh words of the template gallery. */
import type { Localized, PluralForms } from '../catalog.js';
import type { templates as english } from '../en/templates.js';

export const templates = {
  templates: {
    labels: {
      ageBand: 'Band oedran',
      incomeBand: 'Band incwm',
      gender: 'Rhywedd',
      country: 'Gwlad',
      city: 'Dinas',
      lifestyle: 'Ffordd o fyw',
      device: 'Dyfais',
      trafficSource: 'Ffynhonnell ymweliadau',
      industry: 'Diwydiant',
      companySize: 'Maint y cwmni',
    },
    names: {
      needsGroup: 'Grŵp yn ôl anghenion: {{value}} ({{cluster}})',
      needsGroupAny: 'Grŵp yn ôl anghenion',
      label: '{{label}}',
      valued: '{{label}}: {{value}}',
      atLeast: '{{label}}: {{field}} ≥ {{value}}',
      age2534: 'Oed 25–34',
      upperIncome: 'Band incwm uchaf ({{field}} ≥ {{value}})',
      interest: 'Diddordeb: {{value}}',
      oneTime: 'Prynwyr unwaith',
      repeat: 'Prynwyr rheolaidd',
      lapsed: 'Wedi peidio: dim archeb yn y 180 diwrnod diwethaf',
      frequent: 'Prynwyr mynych (5+ archeb)',
      top20: 'Yr 20% uchaf yn ôl refeniw (gwariant ≥ {{value}})',
      highValueAtRisk: 'Gwerth uchel mewn perygl (clv ≥ {{value}}, p_alive < 0.5)',
      highAov: 'Archeb gyfartalog uchel (archeb gyfartalog ≥ {{value}})',
      neverOrdered: 'Wedi cofrestru, heb archebu erioed',
      unhappy: 'Cwsmeriaid anfodlon (boddhad ≤ 2)',
      abandonedCart: 'Basged wedi’i gadael (30 diwrnod diwethaf)',
      visitorLevel: 'Ymwelwyr (heb roi dim yn y fasged na phrynu eto)',
      journeyStage: 'Cam y daith: {{stage}}',
      viewedNever: 'Wedi edrych ar {{value}}, heb ei brynu erioed',
      viewedAny: 'Wedi edrych ar gategori, heb ei brynu erioed',
      christmas: 'Prynwyr y Nadolig (archebu ym mis Tachwedd neu Ragfyr)',
      weekend: 'Siopwyr y penwythnos (archebu ar ddydd Sadwrn neu Sul)',
    },
    stages: {
      visitor: 'ymwelydd',
      engaged: 'ymgysylltiedig',
      carted: 'wedi llenwi basged',
      buyer: 'prynwr',
      repeatBuyer: 'prynwr rheolaidd',
    },
    descriptions: {
      needsGroup:
        'Cwsmeriaid y gwelodd y clystyru eu bod yn debyg yn y meysydd a ddewisoch: grŵp mwyaf eich clystyru diweddaraf a gadwyd. Dewiswch glwstwr arall i gymharu.',
      age2534: 'Cwsmeriaid rhwng 25 a 34 oed. Newidiwch y band i’r oedrannau rydych am eu cyrraedd.',
      ageBand: 'Cwsmeriaid yn y band oedran mwyaf cyffredin. Dewiswch fand arall i gymharu.',
      incomeBand: 'Y chwarter uchaf o gwsmeriaid yn ôl incwm: y rhai sy’n gallu fforddio cynigion premiwm.',
      gender: 'Cwsmeriaid o un rhywedd. Dewiswch werth arall i gymharu.',
      country: 'Cwsmeriaid yn y wlad lle mae’r rhan fwyaf ohonynt. Dewiswch eraill i gymharu marchnadoedd.',
      city: 'Cwsmeriaid yn y ddinas fwyaf cyffredin: ar gyfer digwyddiadau lleol a chynigion danfon.',
      lifestyle: 'Cwsmeriaid sy’n rhannu ffordd o fyw neu ddiddordeb: siaradwch am yr hyn sy’n bwysig iddynt.',
      oneTime: 'Wedi archebu unwaith yn unig: ail archeb yw’r cam sy’n creu cwsmer ffyddlon.',
      repeat: 'Wedi archebu o leiaf ddwywaith.',
      lapsed: 'Wedi prynu o’r blaen ond nid yn y 180 diwrnod diwethaf: enillwch nhw’n ôl cyn iddynt eich anghofio.',
      frequent: 'Wedi archebu bum gwaith neu fwy: eich cwsmeriaid cyson.',
      top20: 'Y pumed o gwsmeriaid sy’n prynu sy’n gwario fwyaf; fel arfer y rhan fwyaf o’r refeniw.',
      highValueAtRisk:
        'Y pumed o gwsmeriaid sydd â’r gwerth oes a ragwelir uchaf ond sy’n fwy tebygol o fod wedi mynd nag yn weithgar: enillwch nhw’n ôl yn gyntaf.',
      highAov: 'Y chwarter o gwsmeriaid sy’n prynu gyda’r archeb gyfartalog fwyaf.',
      neverOrdered: 'Yn y rhestr gwsmeriaid ond heb archeb: gall cynnig croeso ennill yr un gyntaf.',
      unhappy: 'Wedi rhoi sgôr boddhad o 2 neu lai: datryswch eu problem cyn iddynt adael.',
      device: 'Cwsmeriaid ar y ddyfais fwyaf cyffredin: lluniwch y cynnig ar gyfer y sgrin honno.',
      deviceEvents:
        'Cwsmeriaid y daw’r rhan fwyaf o’u digwyddiadau o’r ddyfais fwyaf cyffredin: lluniwch y cynnig ar gyfer y sgrin honno.',
      trafficSource: 'Cwsmeriaid a ddaeth drwy’r sianel fwyaf cyffredin.',
      trafficSourceEvents:
        'Cwsmeriaid a ddaeth gyntaf drwy’r ffynhonnell fwyaf cyffredin (cyffyrddiad cyntaf): cymharwch hi â’r lleill.',
      industry: 'Cwsmeriaid busnes yn y diwydiant mwyaf cyffredin (B2B).',
      companySize: 'Cwsmeriaid busnes o’r maint cwmni mwyaf cyffredin (B2B).',
      abandonedCart:
        'Wedi rhoi rhywbeth yn y fasged yn y 30 diwrnod diwethaf a gadael yr ymweliad hwnnw heb brynu: gall nodyn atgoffa gwblhau’r gwerthiant.',
      visitorLevel:
        'Cam y daith ymwelydd neu ymgysylltiedig: maen nhw’n edrych o gwmpas ond heb roi dim yn y fasged eto.',
      journeyVisitor: 'Wedi’u gweld ychydig ar y wefan (un sesiwn, llai na 5 digwyddiad), heb fasged na phryniant.',
      journeyEngaged:
        'Wedi dod yn ôl (2 sesiwn neu fwy) neu edrych o gwmpas llawer (5 digwyddiad neu fwy), heb fasged na phryniant.',
      journeyCarted: 'Wedi rhoi rhywbeth mewn basged ond heb brynu erioed.',
      journeyBuyer: 'Wedi prynu unwaith (un archeb, neu bryniannau ar un diwrnod).',
      journeyRepeatBuyer: 'Wedi prynu ddwywaith neu fwy: cadwch nhw’n dod yn ôl.',
      browsingHistory:
        'Wedi edrych ar gynhyrchion y categori y mae’r rhan fwyaf o ymwelwyr yn edrych arno, heb bryniant ynddo: dangoswch iddynt yr hyn y buont yn edrych arno. Dewiswch gategori arall i gymharu.',
      christmas:
        'Wedi gosod o leiaf un archeb ym mis Tachwedd neu Ragfyr, mewn unrhyw flwyddyn: atgoffwch nhw cyn y tymor.',
      weekend:
        'Wedi gosod o leiaf un archeb ar ddydd Sadwrn neu ddydd Sul (dyddiad yr archeb fel y mae yn y ffeil): amserwch yr ymgyrchoedd ar gyfer y penwythnos.',
    },
    reasons: {
      needsClustering:
        'Mae angen clystyru wedi’i gadw: agorwch Darganfod, dewch o hyd i’r grwpiau a dewiswch “Cadw’r grwpio”.',
      needsOrders: 'Mae angen ffeil archebion: mewnforiwch un i weld pwy sy’n prynu beth a phryd.',
      needsClvFit:
        'Mae angen ffit gwerth oes wedi’i gadw: agorwch Rhagweld, ffitiwch y modelau a dewiswch “Cadw’r ffit hwn”.',
      needsField: 'Mae angen maes o’r enw {{fields}} (unrhyw briflythrennau).',
      noValues: 'Nid oes gan y maes {{field}} unrhyw werthoedd yn y prosiect hwn.',
      needsCustomers:
        'Mae angen ffeil cwsmeriaid: dim ond mewn rhestr gwsmeriaid y mae cwsmeriaid na archebodd erioed yn ymddangos.',
      needsNumber: 'Mae angen {{field}} fel rhif (sgôr fel 1 i 5).',
      noViewedCategory: 'Nid yw digwyddiadau’r prosiect hwn yn enwi unrhyw gategori o gynnyrch a welwyd.',
    },
  },
} as const satisfies Localized<typeof english, PluralForms['cy']>;
