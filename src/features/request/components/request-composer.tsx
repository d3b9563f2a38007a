import { useEffect, useId, useState, type ReactNode } from 'react';
import { useI18n } from '@/shared/i18n';
import { checkSiteAddress } from '@/request/address';
import { AUDIENCES, composeRequest, type Audience, type ComposedRequest } from '@/request/compose';
import { fill } from '@/request/fill';
import { mailtoUrl } from '@/request/mailto';
import type { Journey } from '@/tree/journey';
import type { Language } from '@/tree/languages';
import { isCause } from '@/diagnose/causes';
import { loadRequestTexts, nodeTextIn, requestTextsReady } from '@/features/request/request-texts';
import { useDiagnosisFindings } from '@/shared/hooks/use-diagnosis';
import { useHydrated } from '@/shared/hooks/use-hydrated';
import { useLanguage } from '@/shared/hooks/use-language';
import { fromLocalInput, toLocalInput } from '@/features/request/local-time-input';
import { audienceFor, describePath, seenFor } from '@/features/request/request-input';
import { requestText } from '@/site/request-text';
import { saveText } from '@/shared/save-text';
import { CopyButton } from '@/shared/components/copy-button';

const SEPARATOR = '\n\n— — —\n\n';
type OtherStatus = 'idle' | 'loading' | 'failed';

function Field({ id, label, hint, error, children }: { id: string; label: string; hint: string; error?: string; children: ReactNode }) {
  return (
    <div className={error ? 'request-field request-field-error' : 'request-field'}>
      <label htmlFor={id}>{label}</label>
      <p id={`${id}-hint`} className="request-hint">
        {hint}
      </p>
      {error && (
        <p id={`${id}-error`} className="request-error">
          {error}
        </p>
      )}
      {children}
    </div>
  );
}

/** The support request: a few questions, the letter as it will be sent, and ways to send it. */
export function RequestComposer({ path }: { path: Journey }) {
  const lang = useLanguage();
  const other: Language = lang === 'en' ? 'ru' : 'en';
  const i18n = useI18n();
  const r = requestText(i18n, lang);
  const hydrated = useHydrated();
  const findings = useDiagnosisFindings();
  const id = useId();
  const timeZone = hydrated ? Intl.DateTimeFormat().resolvedOptions().timeZone : 'UTC';

  const [chosenAudience, setAudience] = useState<Audience | null>(null);
  const [address, setAddress] = useState('');
  const [addressLeft, setAddressLeft] = useState(false);
  const [when, setWhen] = useState('');
  const [seen, setSeen] = useState<string | null>(null);
  const [reproduce, setReproduce] = useState('');
  const [withOther, setWithOther] = useState(false);
  const [otherStatus, setOtherStatus] = useState<OtherStatus>('idle');
  const [downloadFailed, setDownloadFailed] = useState(false);

  // "Now" is only known in the browser; the prerendered form starts empty.
  useEffect(() => setWhen((value) => value || toLocalInput(new Date())), []);

  const audience = chosenAudience ?? audienceFor(path) ?? 'visitorToOwner';
  const site = checkSiteAddress(address);
  const addressError = address.trim() !== '' && !site.ok && addressLeft ? r.form.address.errors[site.problem] : undefined;
  const otherReady = requestTextsReady(i18n, other);

  const causeTitle = (language: Language, cause: string): string => {
    const causes = (i18n.getResourceBundle(language, 'diagnose') as { causes?: Record<string, { title: string }> } | undefined)?.causes;
    return (isCause(cause) && causes?.[cause]?.title) || cause;
  };
  const compose = (language: Language): ComposedRequest => {
    const texts = requestText(i18n, language);
    const textOf = (node: string) => nodeTextIn(language, node);
    const { steps, setup } = describePath(path, textOf, texts.results);
    return composeRequest(
      {
        audience,
        when: fromLocalInput(when),
        timeZone,
        site: site.ok ? site.address : '',
        seen: seen ?? seenFor(path, textOf),
        setup,
        steps,
        reproduce,
        // Stored by cause id: each letter names the causes in its own language.
        findings: audience === 'ownerToHost' ? findings.map((finding) => ({ ...finding, cause: causeTitle(language, finding.cause) })) : [],
      },
      texts.letter,
      language,
    );
  };
  const letter = compose(lang);
  const otherLetter = withOther && otherReady ? compose(other) : null;
  const fullText = otherLetter ? letter.text + SEPARATOR + otherLetter.text : letter.text;
  const mailBody = otherLetter ? letter.body + SEPARATOR + otherLetter.text : letter.body;
  const fileName = site.ok ? fill(r.form.actions.fileName, { site: site.host.replace(/[^a-z0-9.-]/g, '') }) : r.form.actions.fileNameNoSite;

  const toggleOther = async (checked: boolean) => {
    setWithOther(checked);
    if (!checked || otherReady) return;
    setOtherStatus('loading');
    try {
      await loadRequestTexts(i18n, other);
      setOtherStatus(i18n.hasResourceBundle(other, 'request') ? 'idle' : 'failed');
    } catch {
      setOtherStatus('failed');
    }
  };

  const describedBy = (field: string, error?: string) => [`${id}-${field}-hint`, error && `${id}-${field}-error`].filter(Boolean).join(' ');

  return (
    <section className="request-composer" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{r.form.title}</h2>
      <p className="request-no-script" hidden={hydrated}>
        {r.page.noScript}
      </p>
      <form className="request-form" onSubmit={(event) => event.preventDefault()} noValidate>
        <fieldset className="request-audience">
          <legend>{r.form.audience.legend}</legend>
          {AUDIENCES.map((option) => (
            <label key={option} className="request-radio">
              <input type="radio" name={`${id}-audience`} value={option} checked={audience === option} onChange={() => setAudience(option)} />{' '}
              {r.form.audience[option]}
            </label>
          ))}
        </fieldset>
        <Field id={`${id}-site`} label={r.form.address.label} hint={r.form.address.hint} error={addressError}>
          <input
            id={`${id}-site`}
            type="text"
            inputMode="url"
            autoComplete="url"
            spellCheck={false}
            value={address}
            aria-invalid={addressError ? true : undefined}
            aria-describedby={describedBy('site', addressError)}
            onChange={(event) => setAddress(event.target.value)}
            onBlur={() => setAddressLeft(true)}
          />
        </Field>
        <Field id={`${id}-when`} label={r.form.when.label} hint={hydrated ? `${r.form.when.hint} ${fill(r.form.when.zone, { zone: timeZone })}` : r.form.when.hint}>
          <input id={`${id}-when`} type="datetime-local" value={when} aria-describedby={describedBy('when')} onChange={(event) => setWhen(event.target.value)} />
        </Field>
        <Field id={`${id}-seen`} label={r.form.seen.label} hint={r.form.seen.hint}>
          <input
            id={`${id}-seen`}
            type="text"
            value={seen ?? seenFor(path, (node) => nodeTextIn(lang, node))}
            aria-describedby={describedBy('seen')}
            onChange={(event) => setSeen(event.target.value)}
          />
        </Field>
        <Field id={`${id}-reproduce`} label={r.form.reproduce.label} hint={r.form.reproduce.hint}>
          <textarea id={`${id}-reproduce`} rows={3} value={reproduce} aria-describedby={describedBy('reproduce')} onChange={(event) => setReproduce(event.target.value)} />
        </Field>
        {audience === 'ownerToHost' && findings.length > 0 && <p className="request-findings">{r.form.findings}</p>}
        <div className="request-field">
          <label className="request-checkbox">
            <input type="checkbox" checked={withOther} onChange={(event) => void toggleOther(event.target.checked)} /> {r.form.other.label}
          </label>
          <p role="status" className={otherStatus === 'failed' ? 'request-error' : 'request-hint'}>
            {withOther && otherStatus === 'loading' ? r.form.other.loading : withOther && otherStatus === 'failed' ? r.form.other.failed : ''}
          </p>
        </div>
      </form>

      <h3 id={`${id}-preview`}>{r.form.preview.title}</h3>
      <p className="request-hint request-preview-hint">{r.form.preview.hint}</p>
      <pre className="request-text" tabIndex={0} aria-labelledby={`${id}-preview`}>
        {letter.text}
      </pre>
      {otherLetter && (
        <>
          <h3 id={`${id}-preview-other`}>{r.form.preview.otherTitle}</h3>
          <pre className="request-text" lang={other} tabIndex={0} aria-labelledby={`${id}-preview-other`}>
            {otherLetter.text}
          </pre>
        </>
      )}

      <div className="request-actions" hidden={!hydrated}>
        <CopyButton className="request-copy" text={fullText} label={r.form.actions.copy} done={r.form.actions.copyDone} failed={r.form.actions.copyFailed} />
        <button type="button" className="request-button" onClick={() => setDownloadFailed(!saveText(fullText, fileName))}>
          {r.form.actions.download}
        </button>
        <a
          className="request-button"
          href={mailtoUrl({ subject: letter.subject, body: mailBody, truncatedNote: r.form.actions.mailTruncated })}
        >
          {r.form.actions.mail}
        </a>
        <button type="button" className="request-button" onClick={() => window.print()}>
          {r.page.print}
        </button>
        <p role="status" className={downloadFailed ? 'request-error' : 'visually-hidden'}>
          {downloadFailed ? r.form.actions.downloadFailed : ''}
        </p>
      </div>
    </section>
  );
}
