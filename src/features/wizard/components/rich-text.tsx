import { parseBlocks, parseInline, type Inline } from '@/tree/rich-text';
import { LINKABLE_PAGES, type LinkablePage, stepPath } from '@/site/paths';
import { useLanguage } from '@/shared/hooks/use-language';
import { AppLink } from '@/shared/components/app-link';
import { LangText } from '@/shared/components/lang-text';

function InlineParts({ parts }: { parts: Inline[] }) {
  const lang = useLanguage();
  return parts.map((part, i) => {
    switch (part.type) {
      case 'code':
        return <code key={i}>{part.text}</code>;
      case 'strong':
        return (
          <strong key={i}>
            <LangText text={part.text} />
          </strong>
        );
      case 'page-link':
        return (
          <AppLink key={i} to={LINKABLE_PAGES[part.page as LinkablePage](lang)}>
            {part.text}
          </AppLink>
        );
      case 'link':
        return (
          <AppLink key={i} to={stepPath(lang, part.node)}>
            {part.text}
          </AppLink>
        );
      default:
        return <LangText key={i} text={part.text} />;
    }
  });
}

/** One line of locale markup, e.g. a step's instruction. */
export function InlineText({ source }: { source: string }) {
  return <InlineParts parts={parseInline(source)} />;
}

/** Paragraphs and bullet lists of locale markup. */
export function RichText({ source, className }: { source: string; className?: string }) {
  return (
    <div className={className}>
      {parseBlocks(source).map((block, i) =>
        block.type === 'list' ? (
          <ul key={i}>
            {block.items.map((item, j) => (
              <li key={j}>
                <InlineParts parts={item} />
              </li>
            ))}
          </ul>
        ) : (
          <p key={i}>
            <InlineParts parts={block.content} />
          </p>
        ),
      )}
    </div>
  );
}
