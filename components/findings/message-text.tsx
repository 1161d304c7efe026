import { Fragment } from "react";

/**
 * A check message (it quotes names from the cluster between backticks): the quoted parts in
 * code style, everything as React text, never markup.
 */
export function MessageText({ text }: { text: string }) {
  const parts = text.split("`");
  // An odd number of backticks leaves the last one unpaired: show the text as it is.
  if (parts.length % 2 === 0) return <>{text}</>;
  return (
    <>
      {parts.map((part, index) =>
        index % 2 === 1 ? (
          <code key={index} className="rounded bg-slate-100 px-1 font-mono text-[0.92em] break-words dark:bg-slate-800">{part}</code>
        ) : (
          <Fragment key={index}>{part}</Fragment>
        ),
      )}
    </>
  );
}
