// A series primitive that draws the mid price as a dashed vertical line with its value at the top. lightweight-charts
// has horizontal price lines only; the mid falls between grid points (often inside the spread gap, where no series
// has a value), so it is placed by fractional logical index rather than by a data point.
import type {
  IChartApiBase,
  IPrimitivePaneRenderer,
  IPrimitivePaneView,
  ISeriesPrimitive,
  Logical,
  SeriesAttachedParameter,
} from 'lightweight-charts';

type Target = Parameters<IPrimitivePaneRenderer['draw']>[0];

export interface MidLineStyle {
  readonly color: string;
  readonly textColor: string;
  readonly background: string;
  readonly font: string;
}

export class MidLine implements ISeriesPrimitive<number> {
  private chart: IChartApiBase<number> | null = null;
  private requestUpdate: (() => void) | null = null;
  private index: number | null = null;
  private label = '';
  private readonly views: readonly IPrimitivePaneView[];

  constructor(private style: MidLineStyle) {
    const renderer: IPrimitivePaneRenderer = { draw: (target) => this.draw(target) };
    this.views = [{ zOrder: () => 'top', renderer: () => renderer }];
  }

  attached(param: SeriesAttachedParameter<number>): void {
    this.chart = param.chart;
    this.requestUpdate = param.requestUpdate;
  }

  detached(): void {
    this.chart = null;
    this.requestUpdate = null;
  }

  paneViews(): readonly IPrimitivePaneView[] {
    return this.views;
  }

  set(index: number | null, label: string): void {
    this.index = index;
    this.label = label;
    this.requestUpdate?.();
  }

  setStyle(style: MidLineStyle): void {
    this.style = style;
    this.requestUpdate?.();
  }

  private draw(target: Target): void {
    const chart = this.chart;
    if (chart === null || this.index === null) return;
    // logicalToCoordinate answers whole indexes only (a fraction comes back as 0): interpolate between neighbours.
    const ts = chart.timeScale();
    const lo = Math.floor(this.index);
    const x0 = ts.logicalToCoordinate(lo as Logical);
    const x1 = ts.logicalToCoordinate((lo + 1) as Logical);
    if (x0 === null || x1 === null) return;
    const x = x0 + (x1 - x0) * (this.index - lo);
    target.useMediaCoordinateSpace(({ context: ctx, mediaSize }) => {
      const px = Math.round(x) + 0.5;
      ctx.save();
      ctx.strokeStyle = this.style.color;
      ctx.lineWidth = 1;
      ctx.setLineDash([4, 3]);
      ctx.beginPath();
      ctx.moveTo(px, 0);
      ctx.lineTo(px, mediaSize.height);
      ctx.stroke();
      ctx.setLineDash([]);
      ctx.font = this.style.font;
      const w = ctx.measureText(this.label).width + 10;
      const left = Math.max(0, Math.min(mediaSize.width - w, px - w / 2));
      ctx.fillStyle = this.style.background;
      ctx.fillRect(left, 2, w, 17);
      ctx.strokeStyle = this.style.color;
      ctx.strokeRect(left + 0.5, 2.5, w - 1, 16);
      ctx.fillStyle = this.style.textColor;
      ctx.textBaseline = 'middle';
      ctx.fillText(this.label, left + 5, 11);
      ctx.restore();
    });
  }
}
