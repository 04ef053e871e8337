import { useEffect, useState } from 'react';

/** Epoch ms, refreshed every `intervalMs`: drives ages and staleness without new data from main. */
export function useNow(intervalMs: number): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), intervalMs);
    return () => clearInterval(timer);
  }, [intervalMs]);
  return now;
}
