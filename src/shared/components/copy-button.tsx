import { useState } from 'react';
import { copyText } from '@/shared/copy-text';
import { useHydrated } from '@/shared/hooks/use-hydrated';

interface CopyButtonProps {
  /** The text, or a function that reads it at click time (e.g. the current address). */
  text: string | (() => string);
  label: string;
  /** Completes the label for screen readers: "Copy" + "the command". */
  hiddenLabel?: string;
  done: string;
  failed: string;
  className?: string;
}

type Status = 'idle' | 'done' | 'failed';

/** A button that copies `text` and says, visibly and to screen readers, whether it worked. Hidden until JS runs. */
export function CopyButton({ text, label, hiddenLabel, done, failed, className }: CopyButtonProps) {
  const hydrated = useHydrated();
  const [status, setStatus] = useState<Status>('idle');
  const copy = async () => setStatus((await copyText(typeof text === 'function' ? text() : text)) ? 'done' : 'failed');
  return (
    <span className={className} hidden={!hydrated}>
      <button
        type="button"
        className="copy-button"
        onClick={copy}
        aria-label={hiddenLabel && status !== 'done' ? `${label} ${hiddenLabel}` : undefined}
      >
        {status === 'done' ? done : label}
      </button>
      <span role="status" className={status === 'failed' ? 'copy-failed' : 'visually-hidden'}>
        {status === 'done' ? done : status === 'failed' ? failed : ''}
      </span>
    </span>
  );
}
