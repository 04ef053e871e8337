// How many ladder rows fit the frame under the toolbar: rows have a fixed height (ladder.css), so the count follows its
// height as the trader resizes the workspace.
import { useEffect, useState, type RefObject } from 'react';

/** Must match .ld-row's height in ladder.css. */
export const ROW_HEIGHT_PX = 18;

export function useRowCount(body: RefObject<HTMLElement | null>): number {
  const [count, setCount] = useState(0);
  useEffect(() => {
    const el = body.current;
    if (el === null) return;
    const measure = (): void => setCount(Math.max(1, Math.floor(el.clientHeight / ROW_HEIGHT_PX)));
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    return () => observer.disconnect();
  }, [body]);
  return count;
}
