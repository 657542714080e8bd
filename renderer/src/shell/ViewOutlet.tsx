import { CustomersView } from '../data/CustomersView.js';
import { ParetoView } from '../pareto/ParetoView.js';
import { ComingSoon } from '../placeholders/ComingSoon.js';
import { SegmentsView } from '../segments/SegmentsView.js';
import { useStore } from '../store/index.js';

export function ViewOutlet(): React.JSX.Element {
  const view = useStore((s) => s.view);
  switch (view) {
    case 'data':
      return <CustomersView />;
    case 'pareto':
      return <ParetoView />;
    case 'segments':
      return <SegmentsView />;
    case 'compare':
      return <ComingSoon view="compare" />;
  }
}
