/** Welsh words of the Predict view (lifetime value: BG/NBD and Gamma-Gamma). */
import type { Localized, PluralForms } from '../catalog.js';
import type { predict as english } from '../en/predict.js';

export const predict = {
  predict: {
    title: 'Rhagweld: gwerth oes cwsmeriaid',
    intro:
      'Dau fodel wedi’u ffitio ar eich archebion: mae BG/NBD yn dweud pa mor debygol yw hi fod pob cwsmer yn dal yn weithgar a faint o bryniannau i’w disgwyl; mae Gamma-Gamma yn dweud faint maen nhw’n ei wario. Does dim yn gadael y cyfrifiadur hwn.',
    options: {
      legend: 'Dewisiadau’r ffit',
      calibrationEnd: 'Diwedd y cyfnod graddnodi',
      calibrationEndHint:
        'Mae archebion hyd at y diwrnod hwn yn hyfforddi’r modelau; mae rhai diweddarach yn eu gwirio. Gwag: dyddiad yr archeb olaf.',
      unit: 'Uned amser',
      day: 'diwrnodau',
      week: 'wythnosau',
      horizon: 'Gorwel',
      margin: 'Maint yr elw (0–1)',
      discountRate: 'Cyfradd ddisgowntio fisol',
      discountHint: 'Gwag: dim disgowntio.',
      fit: 'Ffitio’r modelau',
      fitting: 'Wrthi’n ffitio’r modelau…',
      reading: 'Wrthi’n darllen yr archebion…',
      fitPhase: 'Wrthi’n ffitio’r modelau: {{done}} o {{total}} wedi’u gwneud…',
      customers: 'Yn rhagfynegi pob cwsmer: {{done}} o {{total}}…',
      cancel: 'Canslo',
      cancelled: 'Canslwyd y ffit.',
    },
    none: 'Dewiswch y dewisiadau a ffitiwch y modelau i weld y rhagfynegiadau.',
    summary: {
      title: 'Y ffit',
      customers: 'Cwsmeriaid wedi’u ffitio',
      excluded: 'Wedi’u gadael allan (pryniant cyntaf ar ôl diwedd y graddnodi)',
      totalClv: 'Cyfanswm y gwerth a ragwelir',
      meanClv: 'Gwerth cymedrig a ragwelir',
      calibrationEnd: 'Diwedd y cyfnod graddnodi',
      horizon: 'Gorwel',
      horizonValue: '{{n}} {{unit}}',
    },
    params: {
      title: 'Paramedrau’r modelau a’u hansicrwydd',
      model: 'Model',
      parameter: 'Paramedr',
      estimate: 'Amcangyfrif',
      se: 'Cyfeiliornad safonol',
      interval: 'Cyfwng 95%',
      bgnbd: 'Pryniannau eto (BG/NBD)',
      gammaGamma: 'Gwariant (Gamma-Gamma)',
      fit: 'Log-debygolrwydd {{ll}} · {{customers}} o gwsmeriaid · {{state}}',
      converged: 'wedi cydgyfeirio',
      notConverged: 'heb gydgyfeirio',
      noSpend: 'Dim model gwariant: does gan yr un cwsmer bryniant eto â gwariant positif.',
      unknown: 'anhysbys',
    },
    warnings: {
      title: 'Darllenwch yn ofalus',
      few_repeat_customers:
        'Prynodd llai na 100 o gwsmeriaid eto cyn diwedd y graddnodi: mae’r paramedrau’n ansicr. Dewiswch ddiwedd graddnodi hwyrach neu ragor o hanes, a darllenwch y cyfeiliornadau safonol.',
      no_convergence:
        'Ni setlodd un o’r ffitiau ar un optimwm o’i fannau cychwyn: gall ei baramedrau a’i ragfynegiadau fod yn anghywir.',
      no_standard_errors:
        'Does gan rai paramedrau ddim cyfeiliornad safonol (mae’r tebygolrwydd yn wastad yno): nid yw’r data’n eu pennu.',
      short_calibration:
        'Mae’r cyfnod graddnodi’n fyrrach na’r gorwel: mae’r rhagfynegiadau’n edrych ymhellach ymlaen na’r hanes y tu ôl iddynt.',
      no_spend_model:
        'Does gan yr un cwsmer bryniant eto â gwariant positif, felly mae’r gwariant a’r gwerth oes yn aros yn wag.',
      spend_excluded:
        'Gadawyd rhai cwsmeriaid y mae eu pryniannau eto’n dod i sero neu lai (dychweliadau) allan o’r model gwariant; cânt y gwariant cyfartalog.',
    },
    holdout: {
      title: 'Gwirio yn erbyn yr archebion ar ôl diwedd y graddnodi',
      period: 'Cyfnod gwirio {{start}} – {{end}}',
      actual: 'Pryniannau eto go iawn',
      predicted: 'Pryniannau eto a ragwelwyd',
      mae: 'Cyfeiliornad absoliwt cymedrig fesul cwsmer',
      chartTitle: 'Pryniannau eto cymedrig yn y cyfnod gwirio, yn ôl y pryniannau cyn hynny',
      frequencyAxis: 'Pryniannau eto hyd at ddiwedd y graddnodi',
      valueAxis: 'Cymedr fesul cwsmer',
      actualSeries: 'Go iawn',
      predictedSeries: 'A ragwelwyd',
      none: 'Dim archebion ar ôl diwedd y graddnodi: dewiswch ddiwedd cynharach i wirio’r rhagfynegiad.',
    },
    distribution: {
      title: 'Dosbarthiad y gwerth oes a ragwelir',
      valueAxis: 'Gwerth oes a ragwelir',
      countAxis: 'Cwsmeriaid',
      range: '{{from}}–{{to}}',
      andMore: '{{from}} a mwy',
      none: 'Dim gwerth oes heb fodel gwariant.',
    },
    segments: {
      title: 'Segment RFM yn erbyn y gwerth a ragwelir',
      intro: 'Yr hyn a wnaeth cwsmeriaid (RFM) ochr yn ochr â’r hyn y mae’r modelau’n ei ddisgwyl ganddynt.',
      segment: 'Segment RFM',
      customers: 'Cwsmeriaid',
      pAlive: 'p(gweithgar) cymedrig',
      purchases: 'Pryniannau disgwyliedig cymedrig',
      meanClv: 'Gwerth cymedrig a ragwelir',
      totalClv: 'Cyfanswm y gwerth a ragwelir',
      noSegment: 'Dim segment RFM',
    },
    top: {
      title: 'Y cwsmeriaid mwyaf gwerthfawr',
      intro:
        'Y deg cwsmer â’r gwerth uchaf a ragwelir. Mae’r cyfwng yn dangos pa mor sicr yw’r modelau: gyda hyder o 90% mae’r gwerth o’i fewn, o ystyried ansicrwydd paramedrau’r ddau fodel.',
      customer: 'Cwsmer',
      purchases: 'Pryniannau eto',
      pAlive: 'p(gweithgar)',
      expected: 'Pryniannau disgwyliedig',
      clv: 'Gwerth a ragwelir',
      interval: 'Cyfwng 90%',
      intervalValue: '{{low}} i {{high}}',
      unknown: 'anhysbys',
    },
    keep: {
      button: 'Cadw’r ffit hwn',
      saving: 'Wrthi’n cadw…',
      hint: 'Mae cadw’r ffit yn storio p_alive, expected_purchases a clv pob cwsmer fel meysydd yn yr adeiladydd (ac yn galluogi’r templed “Gwerth uchel mewn perygl”). Mae ffit newydd yn disodli’r hen un.',
      saved: 'Ffit wedi’i gadw: diwedd graddnodi {{date}}, {{customers}} o gwsmeriaid, cadwyd {{at}}.',
      notSaved: 'Dim ffit wedi’i gadw eto.',
    },
  },
} as const satisfies Localized<typeof english, PluralForms['cy']>;
