import { useState } from 'react';
import { copyText } from '@/shared/copy-text';

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

/**
 * A button that copies `text` and says, visibly and to screen readers, whether it worked. Hidden until
 * the app runs, by the stylesheet (`data-needs-app`): a flag read while rendering would re-render every
 * copy button of the page just after it hydrates, a long task on a phone.
 */
export function CopyButton({ text, label, hiddenLabel, done, failed, className }: CopyButtonProps) {
  const [status, setStatus] = useState<Status>('idle');
  const copy = async () => setStatus((await copyText(typeof text === 'function' ? text() : text)) ? 'done' : 'failed');
  return (
    <span className={className} data-needs-app="">
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
