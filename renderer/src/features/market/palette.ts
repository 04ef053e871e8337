// The canvas charts cannot read CSS, so they take their colours from the theme's custom properties (app.css) once
// and again whenever the theme changes: a class, data-theme or style change on <html>, the saved theme setting, or
// the system's colour scheme. Alpha variants are derived here so the theme only names each colour once.
import { useEffect, useState } from 'react';
import { useWorkstationStore } from '../../state/store.js';

export interface ChartPalette {
  readonly background: string;
  readonly text: string;
  readonly muted: string;
  readonly grid: string;
  readonly border: string;
  readonly accent: string;
  readonly focus: string;
  readonly buy: string;
  readonly sell: string;
  readonly buyFill: string;
  readonly sellFill: string;
  readonly buyVolume: string;
  readonly sellVolume: string;
  readonly fontFamily: string;
}

const FALLBACK = {
  '--panel': '#141920',
  '--text': '#e3e8ef',
  '--muted': '#9aa6b5',
  '--border': '#2a3340',
  '--accent': '#5aa2ff',
  '--focus': '#ffd24d',
  '--buy': '#33c58a',
  '--sell': '#f4565f',
  '--font-ui': 'system-ui, sans-serif',
} as const;

type Token = keyof typeof FALLBACK;

let probe: CanvasRenderingContext2D | null = null;

/** Any CSS colour as rgba() with the given alpha (the canvas normalises it to #rrggbb or rgba()). */
export function withAlpha(color: string, alpha: number): string {
  probe ??= document.createElement('canvas').getContext('2d');
  if (probe === null) return color;
  probe.fillStyle = '#000000';
  probe.fillStyle = color;
  const norm = String(probe.fillStyle);
  const hex = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(norm);
  if (hex !== null) {
    const [r, g, b] = [hex[1], hex[2], hex[3]].map((h) => parseInt(h ?? '0', 16));
    return `rgba(${r}, ${g}, ${b}, ${alpha})`;
  }
  const rgba = /^rgba?\(([^,]+),([^,]+),([^,)]+)/.exec(norm);
  return rgba === null ? color : `rgba(${rgba[1]?.trim()}, ${rgba[2]?.trim()}, ${rgba[3]?.trim()}, ${alpha})`;
}

export function readPalette(root: Element = document.documentElement): ChartPalette {
  const css = getComputedStyle(root);
  const v = (t: Token): string => css.getPropertyValue(t).trim() || FALLBACK[t];
  const buy = v('--buy');
  const sell = v('--sell');
  const border = v('--border');
  return {
    background: v('--panel'),
    text: v('--text'),
    muted: v('--muted'),
    grid: withAlpha(border, 0.55),
    border,
    accent: v('--accent'),
    focus: v('--focus'),
    buy,
    sell,
    buyFill: withAlpha(buy, 0.28),
    sellFill: withAlpha(sell, 0.28),
    buyVolume: withAlpha(buy, 0.45),
    sellVolume: withAlpha(sell, 0.45),
    fontFamily: v('--font-ui'),
  };
}

function samePalette(a: ChartPalette, b: ChartPalette): boolean {
  return (Object.keys(a) as (keyof ChartPalette)[]).every((k) => a[k] === b[k]);
}

/** The current palette; a new object only when a colour actually changed (charts re-apply options then). */
export function usePalette(): ChartPalette {
  const [palette, setPalette] = useState(readPalette);
  const themeSetting = useWorkstationStore((s) => s.settings?.ui.theme);
  useEffect(() => {
    const refresh = (): void => {
      const next = readPalette();
      setPalette((prev) => (samePalette(prev, next) ? prev : next));
    };
    refresh();
    const observer = new MutationObserver(refresh);
    observer.observe(document.documentElement, { attributes: true, attributeFilter: ['class', 'data-theme', 'style'] });
    observer.observe(document.body, { attributes: true, attributeFilter: ['class', 'data-theme'] });
    const media = window.matchMedia('(prefers-color-scheme: light)');
    media.addEventListener('change', refresh);
    return () => {
      observer.disconnect();
      media.removeEventListener('change', refresh);
    };
  }, [themeSetting]);
  return palette;
}
