const HTTPS_URL = /(https:\/\/[^\s<>"']+[^\s<>"'.,;:!?)])/;

/** A merchant's plain text with its `https://` URLs as links; everything else is text (React escapes it), never markup. */
export function LinkedText({ text, className }: { text: string; className?: string }) {
  return (
    <p className={`whitespace-pre-line ${className ?? ''}`}>
      {text.split(HTTPS_URL).map((part, index) =>
        index % 2 === 1 ? (
          <a key={index} href={part} target="_blank" rel="noopener noreferrer" className="text-brand-700 underline">
            {part}
          </a>
        ) : (
          part
        ),
      )}
    </p>
  );
}
