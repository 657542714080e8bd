/** A titled chart card in a grid of charts (RFM, Compare, Lorenz). */
import type { ComponentProps, ReactNode } from 'react';
import { EChart } from './EChart.js';

type Props = ComponentProps<typeof EChart> & {
  title: ReactNode;
  titleTestId?: string;
  /** Spans the whole row of the grid. */
  wide?: boolean;
};

export function ChartCell({ title, titleTestId, wide = false, ...chart }: Props): React.JSX.Element {
  return (
    <div className={wide ? 'rfm-chart-cell rfm-chart-wide' : 'rfm-chart-cell'}>
      <h3 className="section-title" data-testid={titleTestId}>
        {title}
      </h3>
      <EChart {...chart} />
    </div>
  );
}
