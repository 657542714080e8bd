/** The commands' usage texts in Welsh (the option names stay as typed). {{maxK}}: the most clusters. */
import type { CommandUsages } from './commands.js';

export const cy: CommandUsages = {
  import: `Defnydd: segwb import FILE [FILE...] --project P.segwb [opsiynau]
  Yn mewnforio ffeiliau CSV/TSV, llyfrau gwaith Excel (.xlsx) neu destunau lled sefydlog i brosiect
  (caiff ei greu os nad yw'n bodoli). Daw sawl ffeil (archebion, llinellau archeb, cynhyrchion,
  taliadau, adolygiadau, cwsmeriaid, tablau cyfeirio) i mewn gyda'i gilydd fel un mewnforiad
  popeth-neu-ddim. Caiff allforion Shopify, WooCommerce a Mailchimp a ffeiliau Olist eu hadnabod
  o'u penawdau.
  Pan fo gan y prosiect ddata o'r math a ddaw yn y ffeiliau eisoes, dywedwch beth i'w wneud ag ef:
  --replace                   ei ddisodli (mae dadwneud y mewnforio yn ei adfer: segwb datasets undo)
  --append                    cyfuno'r ffeil ag ef: yn ôl ID archeb neu ID cwsmer, gyda rhes y
                              ffeil yn ennill lle mae rhes yn y ddau
  --kind orders|customers|events  beth yw un rhes (rhagosodiad: wedi'i ddyfalu o'r ffeil; events:
                              allforio digwyddiadau REES46, GA4 neu Matomo)
  --kind FILE=KIND            gyda sawl ffeil: math un ohonynt (customers, orders, order_lines,
                              products, payments, reviews, lookup)
  --link "A.col=B.col"        gyda sawl ffeil: mae rhesi A yn cyfeirio at resi B drwy'r colofnau hyn
  --sheet NAME                dalen y llyfr gwaith i'w mewnforio (rhagosodiad: yr un â'r mwyaf o resi)
  --preset ID                 darllen y ffeil fel yr allforio hwn: shopify_orders, shopify_customers,
                              woocommerce_orders, mailchimp_audience (rhagosodiad: wedi'i adnabod)
  --encoding NAME             utf-8, utf-16le, utf-16be, windows-1252, windows-1256, iso-8859-1, ...
  --delimiter D               , ; tab |  (hefyd: comma, semicolon, pipe)
  --date-order dmy|mdy|ymd    sut i ddarllen dyddiadau fel 01/02/2024
  --decimal .|,               gwahanydd degol y rhifau
  --no-header                 data yw'r llinell gyntaf, nid enwau colofnau
  --map role=Header           rhoi rôl i golofn (gellir ailadrodd), e.e. --map amount="Total paid"
  --json                      argraffu'r adroddiad fel JSON
  --from URL --table T        mewnforio tabl T o gronfa ddata yn lle FILE: PostgreSQL
                              (postgresql://USER:PASSWORD@HOST/DB) neu ffeil DuckDB (duckdb:PATH);
                              darllen yn unig, wedi'i gopïo drwy COPY; mae'r opsiynau eraill yn gweithio fel i ffeil`,
  datasets: `Defnydd: segwb datasets [undo|clear-history] --project P.segwb [--json]
  (dim gweithred) setiau data'r prosiect a'r mewnforion y gellir eu dadwneud, y diweddaraf gyntaf
  undo            adfer y data fel yr oedd cyn y mewnforio diweddaraf (cedwir y segmentau)
  clear-history   anghofio'r data a gadwyd: ni ellir dadwneud mewnforion cynharach mwyach`,
  metrics: `Defnydd: segwb metrics --project P.segwb [--as-of YYYY-MM-DD] [--json]
  Diweddarwch, amlder a gwerth ariannol pob cwsmer (gweler "Customer metrics" yn y README).
  --as-of D   y data fel yr oedd yn hysbys ar ddechrau diwrnod D: dim ond archebion cyn D sy'n cyfrif`,
  pareto: `Defnydd: segwb pareto --project P.segwb [--segment NAME] [--by FIELD] [--as-of YYYY-MM-DD] [--json]
  Pwy sy'n dod â'r refeniw: k80 (y cwsmeriaid sydd eu hangen am 80% o'r refeniw), cyfran yr 20% uchaf, Gini.
  --segment NAME  cwsmeriaid y segment hwn a gadwyd yn unig ("All customers": pawb)
  --by FIELD      rhannu'r refeniw yn ôl gwerthoedd maes categori neu destun (allwedd neu enw colofn,
                  e.e. country, product): yna mae customers, k80, share_for_80, top20_share a gini
                  yn disgrifio'r gwerthoedd hynny, ac mae "items" yn rhestru pob gwerth gyda'i refeniw
                  net, ei gyfran a'i gyfran gronnus, y mwyaf gyntaf. Gadewir allan werthoedd heb
                  refeniw net positif, fel cwsmeriaid heb refeniw.
  --as-of D       y data fel yr oedd yn hysbys ar ddechrau diwrnod D: dim ond archebion cyn D sy'n cyfrif`,
  compare: `Defnydd: segwb compare --project P.segwb --segments A,B,... [--as-of YYYY-MM-DD] [--json]
  Cwsmeriaid, refeniw a'u cyfrannau, refeniw fesul cwsmer, gwerth archeb cyfartalog, amlder cymedrig,
  diweddarwch canolrifol a mynegai refeniw pob segment. Segmentau a gadwyd yw'r enwau (unrhyw
  briflythrennau) neu "All customers".
  --as-of D   y data fel yr oedd yn hysbys ar ddechrau diwrnod D: dim ond archebion cyn D sy'n cyfrif`,
  demo: `Defnydd: segwb demo --project P.segwb [--customers N] [--seed S] [--csv DIR] [--json]
  Yn creu'r siop arddangos: cwsmeriaid synthetig o hedyn sefydlog (pob sail segmentu) a dwy flynedd o archebion.
  --customers N   nifer y cwsmeriaid (rhagosodiad 5000)
  --seed S        hedyn ar hap (rhagosodiad 1): mae'r un hedyn yn rhoi'r un siop
  --csv DIR       ysgrifennu customers.csv ac orders.csv i DIR hefyd`,
  segment: `Defnydd: segwb segment <count|save|list|export|sql> --project P.segwb [opsiynau]
  count  --rule FILE.json [--json]        cwsmeriaid a refeniw rheol, a'u cyfrannau o'r cyfan
  count  --source URL --rule FILE.json [--json]
                                          yr un peth, wedi'i gyfrif ar gronfa ddata sy'n dal tablau'r
                                          warws data (postgresql://USER:PASSWORD@HOST/DB, neu ffeil
                                          DuckDB: duckdb:PATH); dim --project; dim ond yr ateb a ddaw'n ôl
  save   --name NAME --rule FILE.json     cadw segment (yn diweddaru'r un o'r enw hwnnw os oes un)
         [--color #RRGGBB] [--description TEXT] [--strategy TEXT] [--json]
  list   [--json]                         y segmentau a gadwyd gyda'u niferoedd cyfredol
  sql    (--rule FILE.json | --name NAME) --dialect postgres|duckdb|sqlite [--as-of YYYY-MM-DD]
                                          y rheol fel un SELECT o customer_id yr aelodau dros
                                          dablau'r warws data (docs/warehouse.md), a'r gwerthoedd ynddo
  export --name NAME --out F.csv|F.xlsx   cwsmeriaid y segment fel CSV (UTF-8) neu lyfr gwaith
         [--format csv|xlsx]              (rhagosodiad: o enw'r ffeil; mae gan .xlsx gelloedd teipiedig)
         [--layout columns|mailchimp|mautic|klaviyo|hubspot|
          google_customer_match|meta_custom_audience] [--columns a,b,...] [--bom]
         [--personal keep|mask|omit]      e-bost, ffôn ac enwau: wedi'u cadw, eu cuddio (a…@example.com,
                                          +44 … 18, S…) neu eu gadael allan (cynllun columns)
  Mae ffeil reol yn dal un rheol, e.e. {"and": [{"field": "country", "op": "in", "value": ["DE"]},
  {"field": "frequency", "op": ">=", "value": 2}]}: yr un JSON â segmentau yn yr ap.`,
  rfm: `Defnydd: segwb rfm --project P.segwb [--bins 5] [--scheme rfm-classic|rf-grid] [--as-of YYYY-MM-DD] [--json]
  Sgoriau RFM (1 = isel, bins = uchel; mae cwsmer diweddar yn sgorio'n uchel ar R) y cwsmeriaid ag
  o leiaf un archeb, a'r segment y mae pob un ynddo.
  --bins N     3, 4 neu 5 bin sgôr (rhagosodiad 5); meintiolynnau k/N yw'r ffiniau (math 7)
  --scheme S   rfm-classic (rhagosodiad): 10 segment pecyn rfm R, y cyfatebiad cyntaf, fel arall Others;
               rf-grid: grid R x F o 10 enw (wedi'i ddiffinio ar gyfer 5 bin)
  --as-of D    y data fel yr oedd yn hysbys ar ddechrau diwrnod D: dim ond archebion cyn D sy'n
               cyfrif, a chyfrifir diweddarwch yn ôl o D
  --sql        argraffu yn lle hynny un SELECT o customer_id, r, f, m a'r segment dros dablau'r
               warws data (docs/warehouse.md), gyda --dialect postgres|duckdb|sqlite`,
  cluster: `Defnydd: segwb cluster --project P.segwb --fields F1,F2,... [--k N | --k-range A-B] [--seed S] [--log] [--save-as NAME] --json
  k-means ar feysydd rhif y cwsmeriaid, pob un wedi'i safoni i sgoriau z (gwyriad safonol y
  boblogaeth); gadewir allan, a chyfrif, gwsmeriaid â gwerth gwag mewn maes a ddewiswyd.
  --fields F,...  allweddi meysydd neu benawdau colofnau fel y'u hysgrifennwyd yn y ffeil (metrigau:
                  recency_days, frequency, monetary, aov, tenure_days)
  --k N           union N clwstwr (2..{{maxK}})
  --k-range A-B   rhoi cynnig ar A..B clwstwr a chadw'r silwét cymedrig gorau (rhagosodiad 2-8)
  --seed S        hedyn dechreuadau k-means++ a sampl y silwét (rhagosodiad 42)
  --log           log(1 + x) pob maes cyn safoni
  --save-as NAME  cadw'r clystyru yn y prosiect dan NAME (gan ddisodli un o'r enw hwnnw); yna mae
                  rheolau'n enwi ei glystyrau gyda'r maes "cluster": "NAME · 1", "NAME · 2", ...
  Mae'r silwét yn union hyd at 10,000 o gwsmeriaid, ac ar sampl 10,000 o hedyn sefydlog y tu hwnt i hynny.`,
  clv: `Defnydd: segwb clv --project P.segwb [--calibration-end YYYY-MM-DD] [--unit day|week] [--horizon N]
                 [--margin M] [--discount-rate R] [--json]
  Pryniannau, gwariant a gwerth oes a ragwelir i bob cwsmer (modelau BG/NBD a Gamma-Gamma, wedi'u
  ffitio ar ddyddiau prynu hyd at ddiwedd y calibradu).
  --calibration-end D  ffitio ar yr archebion hyd at D ac yn cynnwys D (rhagosodiad: dyddiad yr archeb
                       olaf); archebion diweddarach yw'r cyfnod prawf y gwirir y rhagfynegiad yn ei erbyn
  --unit U             day neu week (rhagosodiad week): uned t_x, T a'r gorwel
  --horizon N          rhagweld yr N uned nesaf (rhagosodiad 52)
  --margin M           y gyfran o wariant sy'n elw, 0..1 (rhagosodiad 1: clv mewn refeniw)
  --discount-rate R    cyfradd ddisgownt fisol, e.e. 0.01 (rhagosodiad: dim disgowntio)`,
  migrate: `Defnydd: segwb migrate --project P.segwb --from YYYY-MM-DD --to YYYY-MM-DD --by rfm|segments
                     [--scheme rfm-classic|rf-grid] [--bins 5] [--segments A,B,...] [--json]
  Cwsmeriaid a refeniw net eu harchebion rhwng [from, to), fesul pâr o'r segment yr oedd cwsmer
  ynddo ar ddechrau diwrnod "from" a'r un ar ddechrau diwrnod "to".
  --by rfm        segmentau RFM fel y mae "segwb rfm" yn eu henwi, pob dyddiad â'i ffiniau ei hun
  --scheme S      rfm-classic (rhagosodiad) neu rf-grid;  --bins N  3, 4 neu 5 (rhagosodiad 5)
  --by segments   segmentau a gadwyd (--segments A,B,...): cyfrifir cwsmer mewn sawl un ym mhob pâr;
                  mae "(none)" yn dal y rhai nad ydynt mewn unrhyw segment a restrwyd
  Yn cyfrif: y cwsmeriaid ag archeb bositif cyn "to". Mae'r rhai heb un cyn "from" yn "(new)", sy'n
  grŵp "from" yn unig (yn "to" mae gan bawb a gyfrifir segment neu "(none)"). Nid yw cwsmeriaid heb
  archeb bositif cyn "to" yn ymddangos. Dim ond celloedd nad ydynt yn wag a restrir.`,
  cohorts: `Defnydd: segwb cohorts --project P.segwb --period month|week|quarter [--json]
  Cwsmeriaid wedi'u grwpio yn ôl cyfnod eu harcheb gyntaf â swm positif ("YYYY-MM", wythnos ISO
  "YYYY-Www", "YYYY-Qn"); fesul gwrthbwyso k (k cyfnod yn ddiweddarach, pob un hyd at ddyddiad
  cyfeirio'r prosiect): y cwsmeriaid gweithredol (archeb bositif yn y cyfnod hwnnw) a refeniw net
  eu harchebion ynddo, gan gynnwys dychweliadau. Anwybyddir archebion cyn archeb bositif gyntaf
  cwsmer, a'r archebion ar ddyddiad cyfeirio'r prosiect neu wedyn.`,
  report: `Defnydd: segwb report --project P.segwb --out FILE [--lang en|fa|ar|cy] [--segments A,B,...] [--format html|pdf]
  Y prosiect mewn un ddogfen i'w throsglwyddo: y data, ffigurau a siart 80/20, crynodeb RFM, pob
  segment a gadwyd (ei reol mewn geiriau, maint, refeniw, cerdyn sgorio a chynllun strategaeth), y
  tabl a'r siart cymharu, y gorgyffwrdd, a'r symud rhwng segmentau RFM dros y chwe mis diwethaf.
  Mae HTML yn un ffeil hunangynhwysol (nid oes cais yn ei gadael); caiff PDF ei argraffu gan
  Chromium neu Chrome pan fo un wedi'i osod. Rhagosodiad --format yw estyniad --out; --lang, Saesneg;
  --segments, pob segment a gadwyd. (--lang yw iaith yr adroddiad; mae'r negeseuon yn iaith yr amgylchedd.)`,
  warehouse: `Defnydd: segwb warehouse export --project P.segwb --out DIR [--dialect postgres|duckdb]
  Yn ysgrifennu DIR/schema.sql (datganiadau CREATE TABLE) ac un CSV i bob tabl (customers, orders,
  order_lines, events; UTF-8, pennawd, dyddiadau ISO), i'w llwytho gyda psql -f schema.sql a \\copy,
  neu read_csv DuckDB. Caiff y ffolder ei chreu os nad yw'n bod. Gweler docs/warehouse.md.
  --dialect D  postgres (rhagosodiad) neu duckdb: mathau colofnau schema.sql`,
};
