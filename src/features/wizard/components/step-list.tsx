import type { Step } from '@/tree/types';
import { useCommonText } from '@/shared/hooks/use-language';
import { CopyButton } from '@/shared/components/copy-button';
import { InlineText } from './rich-text';

/** "Cmd+Shift+R" → the keys one by one, with the Mac symbols people see on their keyboard. */
const KEY_LABELS: Record<string, string> = { Cmd: '⌘ Cmd', Option: '⌥ Option', Shift: 'Shift' };

function Keys({ keys }: { keys: string }) {
  return (
    <p className="keys">
      {keys.split('+').map((key, i) => (
        <span key={i}>
          {i > 0 && ' + '}
          <kbd>{KEY_LABELS[key] ?? key}</kbd>
        </span>
      ))}
    </p>
  );
}

function Command({ code }: { code: string }) {
  const t = useCommonText();
  return (
    <div className="command">
      <pre translate="no">
        <code>{code}</code>
      </pre>
      <CopyButton
        className="command-copy"
        text={code}
        label={t('copy.command')}
        hiddenLabel={t('copy.commandHidden')}
        done={t('copy.done')}
        failed={t('copy.failed')}
      />
    </div>
  );
}

function textOf(texts: Record<string, string>, id: string): string {
  const text = texts[id];
  if (text === undefined) throw new Error(`Missing message for step "${id}"`);
  return text;
}

/** The numbered things to do: each instruction in the page's language, then its command or keys. */
export function StepList({ steps, texts }: { steps: Step[]; texts: Record<string, string> }) {
  return (
    <ol className="steps">
      {steps.map((step) => (
        <li key={step.id}>
          <InlineText source={textOf(texts, step.id)} />
          {step.code !== undefined && <Command code={step.code} />}
          {step.keys !== undefined && <Keys keys={step.keys} />}
        </li>
      ))}
    </ol>
  );
}
