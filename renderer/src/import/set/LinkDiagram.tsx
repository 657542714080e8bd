/**
 * The files as boxes and the links as arrows from the pointing file to the file it points to, each
 * labelled with its key column. Drawn in SVG; x is mirrored for right-to-left pages. Screen readers
 * get the links table next to it, so the drawing is one labelled image.
 */
import { useTranslation } from 'react-i18next';
import type { SetFilePreview, SetLinkPreview } from '../../../../shared/model/importSet.js';
import { directionOf } from '../../i18n/direction.js';
import { linkLayout } from './linkLayout.js';

const BOX_W = 230;
const BOX_H = 60;
const GAP_X = 150;
const GAP_Y = 22;
const PAD = 8;

export function LinkDiagram({ files, links }: { files: SetFilePreview[]; links: SetLinkPreview[] }): React.JSX.Element {
  const { t, i18n } = useTranslation();
  const rtl = directionOf(i18n.language) === 'rtl';
  const places = linkLayout(
    files.map((f) => f.name),
    links.map((l) => ({ from: l.from.file, to: l.to.file })),
  );
  const columns = Math.max(1, ...places.map((p) => p.column + 1));
  const rows = Math.max(1, ...places.map((p) => p.row + 1));
  const width = PAD * 2 + columns * BOX_W + (columns - 1) * GAP_X;
  const height = PAD * 2 + rows * BOX_H + (rows - 1) * GAP_Y;
  /** The box's start edge in page coordinates: columns run from the start side of the page. */
  const boxX = (column: number) => {
    const x = PAD + column * (BOX_W + GAP_X);
    return rtl ? width - x - BOX_W : x;
  };
  const boxY = (row: number) => PAD + row * (BOX_H + GAP_Y);
  const placeOf = new Map(places.map((p) => [p.file, p]));
  const kindOf = new Map(files.map((f) => [f.name, f.kind.value]));

  // Several links leaving (or reaching) one box spread along its edge, so their labels do not overlap.
  const outgoing = (file: string) => links.filter((l) => l.from.file === file);
  const incoming = (file: string) => links.filter((l) => l.to.file === file);
  const along = (row: number, index: number, count: number) => boxY(row) + (BOX_H * (index + 1)) / (count + 1);
  const drawn = links.flatMap((link) => {
    const a = placeOf.get(link.from.file);
    const b = placeOf.get(link.to.file);
    if (!a || !b) return [];
    // From the pointing box's edge that faces the target to the target's facing edge.
    const towardsStart = a.column >= b.column;
    const startEdge = (column: number) => (rtl ? boxX(column) + BOX_W : boxX(column));
    const endEdge = (column: number) => (rtl ? boxX(column) : boxX(column) + BOX_W);
    const x1 = towardsStart ? startEdge(a.column) : endEdge(a.column);
    const x2 = towardsStart ? endEdge(b.column) : startEdge(b.column);
    const outs = outgoing(link.from.file);
    const ins = incoming(link.to.file);
    return [
      {
        key: `${link.from.file}.${link.from.column}>${link.to.file}.${link.to.column}`,
        x1,
        x2,
        y1: along(a.row, outs.indexOf(link), outs.length),
        y2: along(b.row, ins.indexOf(link), ins.length),
        bend: (x2 - x1) / 2,
        user: link.origin === 'user',
        label: link.from.column === link.to.column ? link.from.column : `${link.from.column} → ${link.to.column}`,
      },
    ];
  });

  return (
    <svg
      className="link-diagram"
      viewBox={`0 0 ${width} ${height}`}
      style={{ maxInlineSize: width }}
      role="img"
      aria-label={t('set.links.diagram')}
      data-testid="link-diagram"
    >
      <defs>
        <marker id="link-arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="8" markerHeight="8" orient="auto">
          <path d="M0,0 L10,5 L0,10 z" className="link-arrow-head" />
        </marker>
      </defs>
      {/* Lines first, then the boxes over them (a line passing behind a box stays out of its text), labels last. */}
      {drawn.map((d) => (
        <path
          key={d.key}
          d={`M${d.x1},${d.y1} C${d.x1 + d.bend},${d.y1} ${d.x2 - d.bend},${d.y2} ${d.x2},${d.y2}`}
          className={`link-line ${d.user ? 'is-user' : ''}`}
          markerEnd="url(#link-arrow)"
        />
      ))}
      {places.map((p) => (
        <g key={p.file} data-testid={`diagram-box-${p.file}`}>
          <rect x={boxX(p.column)} y={boxY(p.row)} width={BOX_W} height={BOX_H} rx={8} className="link-box" />
          <text x={boxX(p.column) + BOX_W / 2} y={boxY(p.row) + 24} className="link-box-name" textAnchor="middle">
            {shorten(p.file, 30)}
          </text>
          <text x={boxX(p.column) + BOX_W / 2} y={boxY(p.row) + 44} className="link-box-kind" textAnchor="middle">
            {t(`kinds.${kindOf.get(p.file) ?? 'lookup'}`)}
          </text>
        </g>
      ))}
      {drawn.map((d) => (
        <text
          key={d.key}
          x={d.x1 + (d.x2 < d.x1 ? -6 : 6)}
          y={d.y1 - 3}
          className="link-label"
          textAnchor={d.x2 < d.x1 ? 'end' : 'start'}
          direction="ltr"
        >
          {shorten(d.label, 22)}
        </text>
      ))}
    </svg>
  );
}

function shorten(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}
