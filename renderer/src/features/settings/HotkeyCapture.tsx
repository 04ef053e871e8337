// Records a key chord: activate the button, press the new key (with its modifiers). The press is taken here and
// nowhere else (no ticket or global action fires while recording). Tab or leaving the button cancels, so Tab
// itself cannot be recorded (the schema requires a modifier on it anyway).
import { useState, type KeyboardEvent, type ReactNode } from 'react';
import { chordOf, spokenChord } from '../../shell/chords.js';

export interface HotkeyCaptureProps {
  readonly label: string;
  readonly chord: string;
  readonly invalid: boolean;
  readonly describedBy?: string | undefined;
  onCapture(chord: string): void;
}

export function HotkeyCapture({ label, chord, invalid, describedBy, onCapture }: HotkeyCaptureProps): ReactNode {
  const [recording, setRecording] = useState(false);

  const onKeyDown = (e: KeyboardEvent<HTMLButtonElement>): void => {
    if (!recording) return;
    if (e.key === 'Tab') {
      setRecording(false);
      return;
    }
    e.preventDefault();
    e.stopPropagation();
    const next = chordOf(e);
    if (next === null) return;
    setRecording(false);
    onCapture(next);
  };

  return (
    <button
      type="button"
      className={`st-capture${recording ? ' recording' : ''}`}
      aria-label={recording ? `${label}: press the new key, Tab to cancel` : `${label}: ${spokenChord(chord)}. Change`}
      aria-invalid={invalid ? true : undefined}
      aria-describedby={describedBy}
      data-chord={chord}
      onClick={() => setRecording(true)}
      onKeyDown={onKeyDown}
      onBlur={() => setRecording(false)}
    >
      {recording ? 'Press a key…' : <kbd>{chord}</kbd>}
    </button>
  );
}
