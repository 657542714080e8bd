/** echarts, imported piece by piece so the bundle carries only what the charts use. */
import { BarChart, HeatmapChart, LineChart, SankeyChart, ScatterChart } from 'echarts/charts';
import {
  GridComponent,
  LegendComponent,
  MarkLineComponent,
  TooltipComponent,
  VisualMapComponent,
} from 'echarts/components';
import * as echarts from 'echarts/core';
import { LegacyGridContainLabel } from 'echarts/features';
import { CanvasRenderer, SVGRenderer } from 'echarts/renderers';

echarts.use([
  BarChart,
  HeatmapChart,
  LineChart,
  SankeyChart,
  ScatterChart,
  GridComponent,
  LegendComponent,
  MarkLineComponent,
  TooltipComponent,
  VisualMapComponent,
  // grid.containLabel (the bar charts keep their labels inside the grid): echarts 6 moved it here.
  LegacyGridContainLabel,
  CanvasRenderer,
  // SVG export renders the same option again into an off-screen SVG instance.
  SVGRenderer,
]);

export { echarts };
