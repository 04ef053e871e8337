import { useEffect, useState } from 'react';

/** Epoch ms, refreshed every `intervalMs`: drives the ticking ages and countdowns without new data from main. */
export function useNow(intervalMs = 1000): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), intervalMs);
    return () => clearInterval(timer);
  }, [intervalMs]);
  return now;
}
