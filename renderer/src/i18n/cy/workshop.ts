/** Welsh strings of workshop mode. */
import type { Localized, PluralForms } from '../catalog.js';
import type { workshop as english } from '../en/workshop.js';

export const workshop = {
  workshop: {
    toggle: 'Gweithdy',
    title: 'Gweithdy: pum cam',
    close: 'Cau canllaw’r gweithdy',
    progress: '{{done}} o {{total}} cam wedi’u gwneud',
    go: 'Ewch yno',
    mark: 'Wedi’i wneud',
    reset: 'Ailosod y cynnydd',
    resetTitle: 'Ailosod cynnydd y gweithdy?',
    resetText:
      'Mae tic pob cam yn cael ei glirio er mwyn i’r ystafell ddechrau eto. Mae’r data, y segmentau a’u cynlluniau yn aros fel y maen nhw.',
    steps: {
      collect: {
        title: 'Casglu a dadansoddi’r data',
        why: 'Dim ond cystal â’r data y tu ôl iddynt yw segmentau: gwybyddwch beth sydd gennych cyn ei rannu.',
        todo: 'Mewnforiwch ffeiliau’r cleient (neu agorwch y siop enghreifftiol) a darllenwch grynodeb y data: cwsmeriaid, archebion, refeniw, gwerthoedd gwag.',
        check_zero: 'Ffeiliau wedi’u mewnforio: {{n}}.',
        check_one: 'Ffeiliau wedi’u mewnforio: {{n}}.',
        check_two: 'Ffeiliau wedi’u mewnforio: {{n}}.',
        check_few: 'Ffeiliau wedi’u mewnforio: {{n}}.',
        check_many: 'Ffeiliau wedi’u mewnforio: {{n}}.',
        check_other: 'Ffeiliau wedi’u mewnforio: {{n}}.',
      },
      criteria: {
        title: 'Dewis y meini prawf',
        why: 'Seiliau segmentu: demograffig, daearyddol, seicograffig, ymddygiadol, gwerth ac anghenion. Mae pob un yn ateb cwestiwn gwahanol am eich cwsmeriaid.',
        todo: 'Agorwch yr oriel templedi, dewiswch dempled o sail sy’n gweddu i gwestiwn y cleient, addaswch ef a’i gadw.',
        check_zero: 'Segmentau wedi’u cadw: {{n}} (o leiaf {{needed}}).',
        check_one: 'Segmentau wedi’u cadw: {{n}} (o leiaf {{needed}}).',
        check_two: 'Segmentau wedi’u cadw: {{n}} (o leiaf {{needed}}).',
        check_few: 'Segmentau wedi’u cadw: {{n}} (o leiaf {{needed}}).',
        check_many: 'Segmentau wedi’u cadw: {{n}} (o leiaf {{needed}}).',
        check_other: 'Segmentau wedi’u cadw: {{n}} (o leiaf {{needed}}).',
      },
      attractive: {
        title: 'Dewis y segmentau deniadol',
        why: 'Mae segment da yn adnabyddadwy, yn fesuradwy, yn sylweddol, yn hygyrch ac yn wahanol. Mae maint yn erbyn refeniw yn dangos pa rai sy’n werth yr ymdrech.',
        todo: 'Yn “Cymharu”, rhowch eich segmentau ochr yn ochr, darllenwch y cerdyn sgorio a’r siart maint yn erbyn refeniw, a chadwch y rhai sy’n pasio.',
        check_zero:
          'Segmentau wedi’u cadw: {{n}} (o leiaf {{needed}} i’w cymharu). Ticiwch pan fyddwch wedi’u cymharu.',
        check_one: 'Segmentau wedi’u cadw: {{n}} (o leiaf {{needed}} i’w cymharu). Ticiwch pan fyddwch wedi’u cymharu.',
        check_two: 'Segmentau wedi’u cadw: {{n}} (o leiaf {{needed}} i’w cymharu). Ticiwch pan fyddwch wedi’u cymharu.',
        check_few: 'Segmentau wedi’u cadw: {{n}} (o leiaf {{needed}} i’w cymharu). Ticiwch pan fyddwch wedi’u cymharu.',
        check_many:
          'Segmentau wedi’u cadw: {{n}} (o leiaf {{needed}} i’w cymharu). Ticiwch pan fyddwch wedi’u cymharu.',
        check_other:
          'Segmentau wedi’u cadw: {{n}} (o leiaf {{needed}} i’w cymharu). Ticiwch pan fyddwch wedi’u cymharu.',
      },
      strategy: {
        title: 'Strategaeth i bob segment',
        why: 'Mae segment yn haeddu ei le pan wyddoch beth i’w wneud ag ef: y nod, y neges, y cynnig, y sianel, a sut y byddwch yn ei fesur.',
        todo: 'Agorwch bob segment a ddewiswyd a llenwch ei gynllun strategaeth: nod, neges, cynnig, sianel, DPA gyda tharged, perchennog a dyddiad cau.',
        check_zero: 'Segmentau â chynllun strategaeth: {{n}} (o leiaf {{needed}}).',
        check_one: 'Segmentau â chynllun strategaeth: {{n}} (o leiaf {{needed}}).',
        check_two: 'Segmentau â chynllun strategaeth: {{n}} (o leiaf {{needed}}).',
        check_few: 'Segmentau â chynllun strategaeth: {{n}} (o leiaf {{needed}}).',
        check_many: 'Segmentau â chynllun strategaeth: {{n}} (o leiaf {{needed}}).',
        check_other: 'Segmentau â chynllun strategaeth: {{n}} (o leiaf {{needed}}).',
      },
      changes: {
        title: 'Dadansoddi’r newidiadau',
        why: 'Mae cwsmeriaid yn symud: gall Pencampwr heddiw fod Mewn Perygl ymhen chwe mis. Mae segmentau na chânt eu diweddaru byth yn un o’r camgymeriadau clasurol.',
        todo: 'Yn “Newidiadau”, edrychwch pwy symudodd rhwng segmentau dros y misoedd diwethaf a faint o gwsmeriaid newydd pob mis sy’n aros.',
        check_zero: 'Ticiwch pan fyddwch wedi edrych ar y symud rhwng segmentau.',
        check_one: 'Ticiwch pan fyddwch wedi edrych ar y symud rhwng segmentau.',
        check_two: 'Ticiwch pan fyddwch wedi edrych ar y symud rhwng segmentau.',
        check_few: 'Ticiwch pan fyddwch wedi edrych ar y symud rhwng segmentau.',
        check_many: 'Ticiwch pan fyddwch wedi edrych ar y symud rhwng segmentau.',
        check_other: 'Ticiwch pan fyddwch wedi edrych ar y symud rhwng segmentau.',
      },
    },
  },
} as const satisfies Localized<typeof english, PluralForms['cy']>;
