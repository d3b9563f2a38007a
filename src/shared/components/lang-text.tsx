import { Fragment } from 'react';
import { splitForeignQuotes } from '@/tree/foreign-quotes';
import { useLanguage } from '@/shared/hooks/use-language';

/** Text of the page's language, with quotations in the other language marked with their own lang. */
export function LangText({ text }: { text: string }) {
  const lang = useLanguage();
  return splitForeignQuotes(text, lang).map((run, i) =>
    run.lang ? (
      <span key={i} lang={run.lang}>
        {run.text}
      </span>
    ) : (
      <Fragment key={i}>{run.text}</Fragment>
    ),
  );
}
