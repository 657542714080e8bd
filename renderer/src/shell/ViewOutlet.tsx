import { ChangesView } from '../changes/ChangesView.js';
import { CompareView } from '../compare/CompareView.js';
import { CustomersView } from '../data/CustomersView.js';
import { DiscoverView } from '../discover/DiscoverView.js';
import { ParetoView } from '../pareto/ParetoView.js';
import { PredictView } from '../predict/PredictView.js';
import { ReportView } from '../report/ReportView.js';
import { RfmView } from '../rfm/RfmView.js';
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
    case 'rfm':
      return <RfmView />;
    case 'compare':
      return <CompareView />;
    case 'changes':
      return <ChangesView />;
    case 'report':
      return <ReportView />;
    case 'discover':
      return <DiscoverView />;
    case 'predict':
      return <PredictView />;
  }
}
