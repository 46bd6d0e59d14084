'use client';
// The large size opened full-screen, to read a handwritten award sheet on a phone: the browser's
// own pinch-zoom works on it, and the wheel (or + / −) zooms on a desktop.
import { useEffect, useRef, useState } from 'react';

export function ZoomableImage(props: {
  src: string;
  width: number;
  height: number;
  alt: string;
  openLabel: string;
  closeLabel: string;
  children: React.ReactNode;
}) {
  const dialog = useRef<HTMLDialogElement>(null);
  const [scale, setScale] = useState(1);
  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    const close = () => setScale(1);
    element.addEventListener('close', close);
    return () => element.removeEventListener('close', close);
  }, []);
  return (
    <>
      <button
        type="button"
        className="zoom-open"
        aria-label={props.openLabel}
        title={props.openLabel}
        onClick={() => dialog.current?.showModal()}
      >
        {props.children}
      </button>
      <dialog
        ref={dialog}
        className="zoom-dialog"
        aria-label={props.alt}
        onWheel={(event) => setScale((s) => Math.min(8, Math.max(1, s * (event.deltaY < 0 ? 1.15 : 1 / 1.15))))}
        onKeyDown={(event) => {
          if (event.key === '+' || event.key === '=') setScale((s) => Math.min(8, s * 1.25));
          if (event.key === '-') setScale((s) => Math.max(1, s / 1.25));
        }}
      >
        <form method="dialog">
          <button type="submit" className="zoom-close">
            {props.closeLabel}
          </button>
        </form>
        <div className="zoom-frame">
          {/* Loaded only when opened: the large size is for reading, not for the page. */}
          <img
            src={props.src}
            width={props.width}
            height={props.height}
            alt={props.alt}
            loading="lazy"
            style={{ width: `${scale * 100}%`, height: 'auto', maxWidth: 'none' }}
          />
        </div>
      </dialog>
    </>
  );
}
