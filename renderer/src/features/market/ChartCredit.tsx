// Lightweight Charts' licence asks for the TradingView attribution and a link on the page that shows the chart. Its
// own attributionLogo option injects a <style> element that our CSP refuses, so the credit is rendered here.
import type { ReactNode } from 'react';

export function ChartCredit(): ReactNode {
  return (
    <a className="chart-credit" href="https://www.tradingview.com/" target="_blank" rel="noopener noreferrer">
      Charts: TradingView Lightweight Charts™
    </a>
  );
}
