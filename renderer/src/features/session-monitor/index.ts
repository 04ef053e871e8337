export { SessionMonitor } from './SessionMonitor.js';
