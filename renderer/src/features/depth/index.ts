export { DepthChartPanel } from './DepthChart.js';
