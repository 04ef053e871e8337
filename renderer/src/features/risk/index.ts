export { RiskPanel } from './RiskPanel.js';
