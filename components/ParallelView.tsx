import type { ComponentChildren } from 'preact';
import { useLayoutEffect, useRef } from 'preact/hooks';
import { useTranslator } from './i18n-context';
import './styles/parallel-view.css';

/** One side of a parallel view: the language and direction of its text, and what it is (shown above it). */
export interface ParallelSide {
  /** BCP 47 tag of the side's text. */
  lang: string;
  dir: 'rtl' | 'ltr';
  /** A short label in the interface language ("Türkçe · original"). */
  label: string;
}

/**
 * What one side of a row shows.
 * - `nodes`: DOM nodes that are already safe to show (they came out of `prepareArticle`, which sanitises,
 *   or were built from such nodes with text set through `textContent`). They are moved into the cell, so
 *   an array of nodes belongs to one cell only.
 * - `text`: plain text, rendered as a text node (never as markup).
 * - `pending`: a placeholder while this side's text is being made (a translation under way).
 * - `empty`: nothing on this side (a paragraph with no counterpart).
 */
export type ParallelCell =
  | { kind: 'nodes'; nodes: readonly Node[] }
  | { kind: 'text'; text: string }
  | { kind: 'pending' }
  | { kind: 'empty' };

/** A row of aligned blocks. A `title` row sets its text as the side's headline. */
export interface ParallelRow {
  /** Stable across renders (a block index), so that rows keep their nodes while others fill in. */
  key: string;
  role?: 'title' | 'block';
  left: ParallelCell;
  right: ParallelCell;
}

export interface ParallelViewProps {
  /** The side read first on a narrow window (the original). */
  left: ParallelSide;
  right: ParallelSide;
  rows: readonly ParallelRow[];
  /** Read out for a pending cell ("Translating…"), in the interface language. */
  pendingLabel?: string;
  /** Shown above the rows, in the interface language (a note on where the right side came from). */
  caption?: ComponentChildren;
}

/**
 * Two texts aligned block by block. On a wide window they stand in two columns, the right-to-left one on
 * the physical right whatever the interface direction; on a narrow one each original block is followed
 * by its counterpart. Each cell carries its side's `lang` and `dir`, so fonts, line height and alignment
 * follow the reader's article styles.
 */
export function ParallelView({ left, right, rows, pendingLabel, caption }: ParallelViewProps) {
  const t = useTranslator();
  // Only a right-to-left side facing a left-to-right one changes places; otherwise the original leads.
  const swap = left.dir === 'rtl' && right.dir === 'ltr';
  const columns = { left: swap ? 2 : 1, right: swap ? 1 : 2 };
  return (
    <section class="parallel-view" data-testid="parallel-view" data-left-lang={left.lang} data-right-lang={right.lang}>
      {caption && (
        <div class="parallel-caption" lang={t.lang} dir={t.dir}>
          {caption}
        </div>
      )}
      {/* The grid is laid out physically (columns 1 and 2 from the left); every cell sets its own direction. */}
      <div class="parallel-grid" dir="ltr">
        <div class="parallel-row parallel-labels">
          <SideLabel side={left} column={columns.left} which="left" />
          <SideLabel side={right} column={columns.right} which="right" />
        </div>
        {rows.map((row) => (
          <div key={row.key} class="parallel-row" data-role={row.role ?? 'block'} data-key={row.key}>
            <Cell cell={row.left} side={left} column={columns.left} which="left" role={row.role} pendingLabel={pendingLabel} />
            <Cell cell={row.right} side={right} column={columns.right} which="right" role={row.role} pendingLabel={pendingLabel} />
          </div>
        ))}
      </div>
    </section>
  );
}

function SideLabel({ side, column, which }: { side: ParallelSide; column: number; which: 'left' | 'right' }) {
  const t = useTranslator();
  return (
    <p class="parallel-label" lang={t.lang} dir={t.dir} data-side={which} data-column={column}>
      <bdi>{side.label}</bdi>
    </p>
  );
}

interface CellProps {
  cell: ParallelCell;
  side: ParallelSide;
  column: number;
  which: 'left' | 'right';
  role: ParallelRow['role'];
  pendingLabel: string | undefined;
}

function Cell({ cell, side, column, which, role, pendingLabel }: CellProps) {
  const common = {
    class: 'parallel-cell article-body',
    lang: side.lang,
    dir: side.dir,
    'data-side': which,
    'data-column': column,
    'data-kind': cell.kind,
  };
  if (cell.kind === 'nodes') return <NodesCell nodes={cell.nodes} {...common} />;
  if (cell.kind === 'pending') {
    return (
      <div {...common} aria-busy="true">
        <span class="parallel-pending" role="status" aria-label={pendingLabel} />
      </div>
    );
  }
  if (cell.kind === 'empty') return <div {...common} />;
  return <div {...common}>{role === 'title' ? <h2 class="parallel-title">{cell.text}</h2> : <p>{cell.text}</p>}</div>;
}

/** Moves ready-made nodes into the cell; they are never serialised and parsed again. */
function NodesCell({ nodes, ...attributes }: { nodes: readonly Node[] } & Record<string, unknown>) {
  const mount = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    mount.current?.replaceChildren(...nodes);
  }, [nodes]);
  return <div ref={mount} {...attributes} />;
}
