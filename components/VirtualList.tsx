import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';

interface VirtualListProps {
  count: number;
  /** Fixed row height in pixels; rows are laid out on this grid. */
  rowHeight: number;
  /** Rows drawn beyond the visible ones on each side, so that fast scrolling shows no gaps. */
  overscan?: number;
  renderRow(index: number): ComponentChildren;
  label: string;
}

/**
 * A list that draws only the rows in view (plus a margin), so that 10,000 clips scroll as smoothly as
 * ten. The list scrolls inside its own box; rows sit at `index * rowHeight`.
 */
export function VirtualList({ count, rowHeight, overscan = 6, renderRow, label }: VirtualListProps) {
  const box = useRef<HTMLDivElement>(null);
  const [view, setView] = useState({ top: 0, height: 800 });

  useEffect(() => {
    const element = box.current;
    if (!element) return;
    let frame = 0;
    const measure = () => {
      frame = 0;
      setView({ top: element.scrollTop, height: element.clientHeight });
    };
    const schedule = () => {
      if (!frame) frame = requestAnimationFrame(measure);
    };
    measure();
    element.addEventListener('scroll', schedule, { passive: true });
    const resize = new ResizeObserver(schedule);
    resize.observe(element);
    return () => {
      element.removeEventListener('scroll', schedule);
      resize.disconnect();
      if (frame) cancelAnimationFrame(frame);
    };
  }, []);

  const first = Math.max(0, Math.floor(view.top / rowHeight) - overscan);
  const last = Math.min(count, Math.ceil((view.top + view.height) / rowHeight) + overscan);
  const rows: ComponentChildren[] = [];
  for (let i = first; i < last; i++) {
    rows.push(
      <div key={i} role="listitem" class="virtual-row" style={{ position: 'absolute', insetInlineStart: 0, insetInlineEnd: 0, top: `${i * rowHeight}px`, height: `${rowHeight}px` }}>
        {renderRow(i)}
      </div>,
    );
  }
  return (
    <div ref={box} class="virtual-list" role="list" aria-label={label} aria-rowcount={count} data-testid="clip-list">
      <div style={{ position: 'relative', height: `${count * rowHeight}px` }}>{rows}</div>
    </div>
  );
}
