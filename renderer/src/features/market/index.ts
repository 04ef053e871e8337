export { TopOfBookPanel } from './TopOfBook.js';
export { TimeAndSalesPanel } from './TimeAndSales.js';
export { SymbolSelect } from './SymbolSelect.js';
