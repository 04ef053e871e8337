export { PriceChartPanel } from './PriceChart.js';
