import type { ComponentChildren } from 'preact';

/** Heading level of a tool's title: 2 on the workspace page, 4 inside an exercise box. */
export type Level = 2 | 3 | 4 | 5 | 6;

/** A heading at a level chosen by the page, so the outline stays in order wherever a tool is placed. */
export function Heading({ level, id, children }: { level: Level; id?: string; children: ComponentChildren }) {
  const Tag = `h${level}` as 'h2';
  return (
    <Tag id={id} class="ws-heading">
      {children}
    </Tag>
  );
}

/** The level below, for a tool's own sub-headings. */
export function below(level: Level): Level {
  return Math.min(6, level + 1) as Level;
}
