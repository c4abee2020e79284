import type { JSX } from 'preact';
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';

export interface ToastMessage {
  text: string;
  action?: { label: string; run: () => void };
  /** How long it stays, in milliseconds. */
  duration?: number;
}

interface ShownToast extends ToastMessage {
  id: number;
}

/** A queue of short messages at the bottom of the page; returns the region and the function to show one. */
export function useToasts(): [JSX.Element, (toast: ToastMessage) => void] {
  const [toasts, setToasts] = useState<ShownToast[]>([]);
  const next = useRef(1);
  const timers = useRef(new Set<ReturnType<typeof setTimeout>>());
  useEffect(() => () => timers.current.forEach(clearTimeout), []);
  const dismiss = useCallback((id: number) => setToasts((all) => all.filter((t) => t.id !== id)), []);
  const show = useCallback(
    (toast: ToastMessage) => {
      const id = next.current++;
      setToasts((all) => [...all.slice(-2), { ...toast, id }]);
      const timer = setTimeout(() => {
        timers.current.delete(timer);
        dismiss(id);
      }, toast.duration ?? 5000);
      timers.current.add(timer);
    },
    [dismiss],
  );
  const region = (
    <div class="toast-region" role="status" aria-live="polite" data-testid="toasts">
      {toasts.map((toast) => (
        <div class="toast" key={toast.id}>
          <span>{toast.text}</span>
          {toast.action && (
            <button
              type="button"
              class="button"
              onClick={() => {
                dismiss(toast.id);
                toast.action?.run();
              }}
            >
              {toast.action.label}
            </button>
          )}
        </div>
      ))}
    </div>
  );
  return [region, show];
}
