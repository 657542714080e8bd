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
const BOX_H = 54;
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
      {places.map((p) => (
        <g key={p.file} data-testid={`diagram-box-${p.file}`}>
          <rect x={boxX(p.column)} y={boxY(p.row)} width={BOX_W} height={BOX_H} rx={8} className="link-box" />
          <text x={boxX(p.column) + BOX_W / 2} y={boxY(p.row) + 22} className="link-box-name" textAnchor="middle">
            {shorten(p.file, 30)}
          </text>
          <text x={boxX(p.column) + BOX_W / 2} y={boxY(p.row) + 42} className="link-box-kind" textAnchor="middle">
            {t(`kinds.${kindOf.get(p.file) ?? 'lookup'}`)}
          </text>
        </g>
      ))}
      {links.map((link) => {
        const a = placeOf.get(link.from.file);
        const b = placeOf.get(link.to.file);
        if (!a || !b) return null;
        // From the pointing box's edge that faces the target to the target's facing edge.
        const towardsStart = a.column >= b.column;
        const startEdge = (p: typeof a) => (rtl ? boxX(p.column) + BOX_W : boxX(p.column));
        const endEdge = (p: typeof a) => (rtl ? boxX(p.column) : boxX(p.column) + BOX_W);
        const x1 = towardsStart ? startEdge(a) : endEdge(a);
        const x2 = towardsStart ? endEdge(b) : startEdge(b);
        const y1 = boxY(a.row) + BOX_H / 2;
        const y2 = boxY(b.row) + BOX_H / 2;
        const bend = (x2 - x1) / 2;
        const label =
          link.from.column === link.to.column ? link.from.column : `${link.from.column} → ${link.to.column}`;
        return (
          <g key={`${link.from.file}.${link.from.column}>${link.to.file}.${link.to.column}`}>
            <path
              d={`M${x1},${y1} C${x1 + bend},${y1} ${x2 - bend},${y2} ${x2},${y2}`}
              className={`link-line ${link.origin === 'user' ? 'is-user' : ''}`}
              markerEnd="url(#link-arrow)"
            />
            <text
              x={x1 + (x2 < x1 ? -6 : 6)}
              y={y1 - 6}
              className="link-label"
              textAnchor={x2 < x1 ? 'end' : 'start'}
              direction="ltr"
            >
              {shorten(label, 22)}
            </text>
          </g>
        );
      })}
    </svg>
  );
}

function shorten(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}
