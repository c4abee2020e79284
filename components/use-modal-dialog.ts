import { useEffect, useRef } from 'preact/hooks';

/** A ref for a <dialog> that opens as a modal when it mounts (focus trapped, Escape closes it). */
export function useModalDialog() {
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    dialog.current?.showModal();
  }, []);
  return dialog;
}
