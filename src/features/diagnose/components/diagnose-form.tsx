import { useRef, useState, type DragEvent, type FormEvent } from 'react';
import type { DiagnoseText } from '@/features/diagnose/hooks/use-diagnose-text';

interface DiagnoseFormProps {
  t: DiagnoseText;
  /** A pasted log, or a chosen or dropped file. */
  onLog: (source: string | Blob, fileName?: string) => void;
  onEmpty: () => void;
}

/**
 * The log goes in here: pasted into the text area (then "Find the cause"), or a file chosen with
 * the file input or dropped anywhere on the form (analysed at once). The file input is the drop
 * zone's own control, so the keyboard and screen readers use it like any other.
 */
export function DiagnoseForm({ t, onLog, onEmpty }: DiagnoseFormProps) {
  const text = useRef<HTMLTextAreaElement>(null);
  const [dragging, setDragging] = useState(false);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const log = text.current?.value ?? '';
    if (log.trim() === '') onEmpty();
    else onLog(log);
  };
  const takeFile = (file: File | undefined) => {
    if (file) onLog(file, file.name);
  };
  const dragOver = (event: DragEvent) => {
    if (!event.dataTransfer.types.includes('Files')) return;
    event.preventDefault();
    setDragging(true);
  };
  const drop = (event: DragEvent) => {
    if (!event.dataTransfer.files.length) return;
    event.preventDefault();
    setDragging(false);
    takeFile(event.dataTransfer.files[0]);
  };

  return (
    <form
      className={dragging ? 'diagnose-form is-dragging' : 'diagnose-form'}
      onSubmit={submit}
      onDragOver={dragOver}
      onDragLeave={() => setDragging(false)}
      onDrop={drop}
    >
      <label className="diagnose-label" htmlFor="diagnose-log">
        {t('input.label')}
      </label>
      <p className="hint" id="diagnose-log-hint">
        {t('input.hint')}
      </p>
      {/* Uncontrolled: a 50 MB paste must not be copied into React state on every keystroke. */}
      <textarea
        id="diagnose-log"
        className="diagnose-textarea"
        aria-describedby="diagnose-log-hint"
        rows={10}
        spellCheck={false}
        autoCapitalize="off"
        autoComplete="off"
        autoCorrect="off"
        wrap="off"
        ref={text}
      />
      <p>
        <button type="submit" className="diagnose-run">
          {t('run')}
        </button>
      </p>
      <div className="diagnose-drop">
        <p className="diagnose-label" id="diagnose-file-title">
          {t('file.label')}
        </p>
        <p className="hint" id="diagnose-file-hint">
          {t('file.hint')}
        </p>
        {/* The native control's own words follow the browser's language, not the page's: it is hidden
            and its label, in the page's language, is the button people see and press. */}
        <input
          id="diagnose-file"
          className="visually-hidden"
          type="file"
          aria-describedby="diagnose-file-title diagnose-file-hint"
          onChange={(event) => {
            takeFile(event.currentTarget.files?.[0]);
            event.currentTarget.value = '';
          }}
        />
        <label className="diagnose-file-button" htmlFor="diagnose-file">
          {t('file.button')}
        </label>
      </div>
    </form>
  );
}
